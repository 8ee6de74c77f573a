#include "search/searchservice.h"

#include "search/searchquery.h"
#include "storage/library.h"

namespace hamish {

namespace {

constexpr auto SnippetSql = "SELECT snippet(article_fts, -1, ?2, ?3, '…', 16) FROM article_fts"
                            " WHERE article_fts MATCH ?1 AND rowid = ?4";

Result<QString> snippetFor(Statement& stmt, const QString& expression, qint64 articleId)
{
    stmt.reset();
    stmt.bind(1, expression).bind(2, QString(SnippetMatchStart)).bind(3, QString(SnippetMatchEnd)).bind(4, articleId);
    Result<bool> row = stmt.step();
    if (!row)
        return failure(row.error());
    return *row ? stmt.text(0) : QString();
}

} // namespace

Result<QList<SearchHit>> SearchService::search(const QString& userQuery, int limit, Snippets snippets,
                                               const ArticleScope& scope)
{
    Result<QString> expression = SearchQuery::toFts(userQuery);
    if (!expression)
        return failure(expression.error());
    // Rank every match first, then make snippets for the best articles only, one rowid at a
    // time: in the ranked query SQLite would make one for every match before the LIMIT.
    Result<Statement> ranked = m_library.database().prepare(
        QStringLiteral("SELECT rowid, hamish_rank(article_fts, 4.0, 1.0) AS score FROM article_fts"
                       " WHERE article_fts MATCH ?1 AND ")
        + articleScopeCondition(QStringLiteral("rowid"), 3) + QStringLiteral(" ORDER BY score, rowid LIMIT ?2"));
    Result<Statement> title = m_library.database().prepare(QStringLiteral("SELECT title FROM article WHERE id = ?1"));
    if (!ranked)
        return failure(ranked.error());
    if (!title)
        return failure(title.error());
    ranked->bind(1, *expression).bind(2, qint64(limit)).bind(3, scope.collectionId);
    QList<SearchHit> hits;
    for (;;) {
        Result<bool> row = ranked->step();
        if (!row)
            return failure(tr("The search failed: %1").arg(row.error()));
        if (!*row)
            break;
        hits.append({ranked->int64(0), {}, {}, ranked->real(1)});
    }
    for (SearchHit& hit : hits) {
        title->reset();
        title->bind(1, hit.articleId);
        Result<bool> row = title->step();
        if (!row)
            return failure(tr("The search failed: %1").arg(row.error()));
        if (*row)
            hit.title = title->text(0);
    }
    if (snippets == Snippets::Skip || hits.isEmpty())
        return hits;
    Result<Statement> stmt = m_library.database().prepare(QString::fromUtf8(SnippetSql));
    if (!stmt)
        return failure(stmt.error());
    for (SearchHit& hit : hits) {
        Result<QString> text = snippetFor(*stmt, *expression, hit.articleId);
        if (!text)
            return failure(tr("The search failed: %1").arg(text.error()));
        hit.snippet = *text;
    }
    return hits;
}

Result<QString> SearchService::snippet(const QString& userQuery, qint64 articleId)
{
    Result<QString> expression = SearchQuery::toFts(userQuery);
    if (!expression)
        return failure(expression.error());
    Result<Statement> stmt = m_library.database().prepare(QString::fromUtf8(SnippetSql));
    if (!stmt)
        return failure(stmt.error());
    return snippetFor(*stmt, *expression, articleId);
}

} // namespace hamish
