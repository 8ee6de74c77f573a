#include "entities/mentionsearch.h"

#include "entities/entitystore.h"
#include "entities/mentionmatcher.h"
#include "storage/library.h"
#include "text/words.h"

namespace hamish {

namespace {

constexpr qsizetype ContextLength = 40;

bool overlaps(TextSpan a, TextSpan b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

Result<QList<qint64>> MentionSearch::candidateArticles(const QStringList& names, const ArticleScope& scope)
{
    QStringList phrases;
    for (const QString& name : names) {
        QStringList words;
        for (const WordSpan& w : findWords(name))
            words.append(name.mid(w.start, w.end - w.start));
        if (!words.isEmpty())
            phrases.append(u'"' + words.join(u' ') + u'"');
    }
    QList<qint64> ids;
    if (phrases.isEmpty())
        return ids;
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 AND ")
        + articleScopeCondition(QStringLiteral("rowid"), 2) + QStringLiteral(" ORDER BY rowid"));
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, phrases.join(QStringLiteral(" OR "))).bind(2, scope.collectionId);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return failure(row.error());
        if (!*row)
            return ids;
        ids.append(stmt->int64(0));
    }
}

Result<QList<MentionHit>> MentionSearch::findAll(const QStringList& names, qint64 typeId, qint64 articleId,
                                                 const ArticleScope& scope, const JobControl& control)
{
    MentionMatcher matcher;
    for (const QString& name : names)
        matcher.addName(name);
    if (matcher.isEmpty())
        return failure(tr("There is no name to look for."));
    Result<QList<qint64>> articles =
        articleId > 0 ? Result<QList<qint64>>(QList<qint64>{articleId}) : candidateArticles(names, scope);
    if (!articles)
        return failure(articles.error());

    QList<MentionHit> hits;
    for (qsizetype i = 0; i < articles->size(); ++i) {
        if (control.isCancelled())
            return failure(tr("Cancelled."));
        control.report(i, articles->size());
        const qint64 id = articles->at(i);
        Result<Article> article = m_library.articles().article(id);
        if (!article)
            return failure(article.error());
        const QList<MentionMatcher::Match> matches = matcher.find(article->body);
        if (matches.isEmpty())
            continue;
        Result<QList<Annotation>> existing = m_library.annotations().forArticle(id);
        if (!existing)
            return failure(existing.error());
        for (const MentionMatcher::Match& match : matches) {
            MentionHit hit;
            hit.articleId = id;
            hit.articleTitle = article->title;
            hit.span = match.span;
            hit.text = article->body.mid(match.span.start, match.span.end - match.span.start);
            const qsizetype beforeStart = qMax(qsizetype(0), match.span.start - ContextLength);
            hit.before = article->body.mid(beforeStart, match.span.start - beforeStart).replace(u'\n', u' ');
            hit.after = article->body.mid(match.span.end, ContextLength).replace(u'\n', u' ');
            hit.alreadyTagged = std::any_of(existing->cbegin(), existing->cend(), [&](const Annotation& a) {
                return a.kind == AnnotationKind::Entity && a.entityTypeId == typeId && a.start == match.span.start
                       && a.end == match.span.end;
            });
            hits.append(hit);
        }
    }
    return hits;
}

Result<QList<Suggestion>> MentionSearch::suggestions(qint64 articleId)
{
    EntityStore store(m_library.database());
    Result<QList<Entity>> entities = store.entities();
    if (!entities)
        return failure(entities.error());
    QList<Suggestion> suggestions;
    if (entities->isEmpty())
        return suggestions;
    MentionMatcher matcher;
    QList<const Entity*> owners; // by name index
    for (const Entity& e : *entities) {
        for (const QString& name : QStringList{e.name} + e.variants) {
            if (matcher.addName(name) >= 0)
                owners.append(&e);
        }
    }
    Result<Article> article = m_library.articles().article(articleId);
    Result<QList<Annotation>> existing = m_library.annotations().forArticle(articleId);
    Result<QList<std::pair<qint64, TextSpan>>> rejected = store.rejected(articleId);
    if (!article || !existing || !rejected)
        return failure(!article ? article.error() : !existing ? existing.error() : rejected.error());
    for (const MentionMatcher::Match& match : matcher.find(article->body)) {
        const Entity* entity = owners.at(match.name);
        const bool tagged = std::any_of(existing->cbegin(), existing->cend(), [&](const Annotation& a) {
            return a.kind == AnnotationKind::Entity && overlaps({a.start, a.end}, match.span);
        });
        const bool turnedDown = std::any_of(rejected->cbegin(), rejected->cend(), [&](const auto& r) {
            return r.first == entity->id && r.second == match.span;
        });
        if (tagged || turnedDown)
            continue;
        suggestions.append({entity->id, entity->entityTypeId, match.span,
                            article->body.mid(match.span.start, match.span.end - match.span.start)});
    }
    return suggestions;
}

} // namespace hamish
