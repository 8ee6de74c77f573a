#include "agreement/curation.h"

#include "agreement/annotatorprogress.h"
#include "annotations/annotationstore.h"
#include "annotations/relationstore.h"
#include "annotations/schemastore.h"
#include "annotations/timestamps.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/statement.h"

#include <QSet>

namespace hamish {

bool CurationStep::isEmpty() const
{
    return addedSpans.isEmpty() && removedSpans.isEmpty() && addedRelations.isEmpty() && removedRelations.isEmpty()
           && addedLabels.isEmpty() && removedLabels.isEmpty() && addedRejections.isEmpty()
           && removedRejections.isEmpty();
}

QList<qint64> CurationStep::articles() const
{
    QSet<qint64> ids;
    for (const QList<Annotation>* spans : {&addedSpans, &removedSpans}) {
        for (const Annotation& a : *spans)
            ids.insert(a.articleId);
    }
    for (const QList<Relation>* relations : {&addedRelations, &removedRelations}) {
        for (const Relation& r : *relations)
            ids.insert(r.articleId);
    }
    for (const QList<ArticleLabel>* labels : {&addedLabels, &removedLabels}) {
        for (const ArticleLabel& l : *labels)
            ids.insert(l.articleId);
    }
    for (const QList<Rejection>* rejections : {&addedRejections, &removedRejections}) {
        for (const Rejection& r : *rejections)
            ids.insert(r.articleId);
    }
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Curation::Curation(Library& library, QString curator)
    : m_library(library)
    , m_curator(std::move(curator))
{
}

Result<ArticleLayers> Curation::load(qint64 articleId, Detail detail, qsizetype before)
{
    ArticleLayers article;
    article.articleId = articleId;
    Result<QList<Annotation>> annotations = detail == Detail::Full
                                                ? m_library.annotations().forArticle(articleId)
                                                : m_library.annotations().entitySpans(articleId, before);
    if (!annotations)
        return annotations.problem();
    article.annotations = std::move(*annotations);
    RelationStore relations(m_library.database());
    Result<QList<Relation>> related = relations.forArticle(articleId);
    if (!related)
        return related.problem();
    article.relations = std::move(*related);
    Result<QList<ArticleLabel>> labels = relations.labels(articleId);
    if (!labels)
        return labels.problem();
    article.labels = std::move(*labels);
    Result<QList<LabelSet>> sets = SchemaStore(m_library.database()).labelSets();
    if (!sets)
        return sets.problem();
    for (const LabelSet& set : *sets) {
        for (const Label& label : set.labels)
            article.labelSets.insert(label.id, set.id);
    }
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT item FROM curation_rejection WHERE article_id = ?1 AND curator = ?2"));
    if (stmt)
        stmt->bind(1, articleId).bind(2, m_curator);
    Result<QList<QString>> rejected =
        collectRows<QString>(std::move(stmt), [](const Statement& row) { return row.text(0); });
    if (!rejected)
        return rejected.problem();
    article.rejected = QSet<QString>(rejected->cbegin(), rejected->cend());
    return article;
}

Result<QStringList> Curation::layersOf(qint64 articleId)
{
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT author FROM annotation WHERE article_id = ?1 AND kind = 'entity' AND author <> ?2"
                       " UNION SELECT author FROM relation WHERE article_id = ?1 AND author <> ?2"
                       " UNION SELECT author FROM article_label WHERE article_id = ?1 AND author <> ?2 ORDER BY 1"));
    if (stmt)
        stmt->bind(1, articleId).bind(2, m_curator);
    Result<QList<QString>> authors =
        collectRows<QString>(std::move(stmt), [](const Statement& row) { return row.text(0); });
    if (!authors)
        return authors.problem();
    return QStringList(*authors);
}

Result<LayerComparison> Curation::compare(qint64 articleId, QStringList layers)
{
    if (layers.isEmpty()) {
        Result<QStringList> found = layersOf(articleId);
        if (!found)
            return found.problem();
        layers = *found;
    }
    layers.removeAll(m_curator);
    if (layers.size() < 2)
        return failure(tr("A comparison needs two annotators' layers besides %1's.").arg(m_curator));
    Result<ArticleLayers> article = load(articleId);
    if (!article)
        return article.problem();
    return compareLayers(*article, layers, m_curator);
}

void Curation::clearDecision(const ArticleLayers& article, const LayerComparison& comparison, const Disagreement& d,
                             CurationStep& step) const
{
    if (article.rejected.contains(d.key))
        step.removedRejections.append({article.articleId, d.key});
    QSet<qint64> removedSpans;
    if (d.kind == DisagreementKind::Span) {
        // The curator's spans there, but not the copies of spans every layer agrees on.
        QSet<QString> agreed;
        for (const Annotation& a : article.annotations) {
            if (comparison.matches.value(a.id, SpanMatch::OnlyOne) == SpanMatch::Agree)
                agreed.insert(spanIdentity(a));
        }
        for (const Annotation& a : article.annotations) {
            if (a.author == m_curator && a.kind == AnnotationKind::Entity && a.end > d.start && a.start < d.end
                && !agreed.contains(spanIdentity(a))) {
                step.removedSpans.append(a);
                removedSpans.insert(a.id);
            }
        }
    }
    QHash<qint64, const Annotation*> byId;
    for (const Annotation& a : article.annotations)
        byId.insert(a.id, &a);
    for (const Relation& r : article.relations) {
        if (r.author != m_curator)
            continue;
        bool goes = removedSpans.contains(r.fromId) || removedSpans.contains(r.toId);
        if (!goes && d.kind == DisagreementKind::Relation) {
            const Annotation* from = byId.value(r.fromId);
            const Annotation* to = byId.value(r.toId);
            goes = from && to && d.key == relationKey(*from, *to);
        }
        if (goes)
            step.removedRelations.append(r);
    }
    if (d.kind == DisagreementKind::Label) {
        for (const ArticleLabel& l : article.labels) {
            if (l.author == m_curator && article.labelSets.value(l.labelId) == d.labelSetId)
                step.removedLabels.append(l);
        }
    }
}

qint64 Curation::goldCopy(const ArticleLayers& article, const Annotation& span, CurationStep& step) const
{
    const QString identity = spanIdentity(span);
    for (const Annotation& a : article.annotations) {
        if (a.author == m_curator && a.kind == AnnotationKind::Entity && spanIdentity(a) == identity
            && std::none_of(step.removedSpans.cbegin(), step.removedSpans.cend(),
                            [&](const Annotation& removed) { return removed.id == a.id; }))
            return a.id;
    }
    for (const Annotation& a : std::as_const(step.addedSpans)) {
        if (a.articleId == article.articleId && spanIdentity(a) == identity)
            return a.id;
    }
    Annotation copy = span;
    copy.id = -(step.addedSpans.size() + 1); // a real id when written
    copy.articleId = article.articleId;
    copy.kind = AnnotationKind::Entity;
    copy.author = m_curator;
    copy.created = copy.modified = m_library.now();
    step.addedSpans.append(copy);
    return copy.id;
}

Result<CurationStep> Curation::accept(qint64 articleId, const LayerComparison& comparison, const Disagreement& d,
                                      int side)
{
    if (side < 0 || side >= comparison.layers.size())
        return failure(tr("There is no layer %1 in this comparison.").arg(side + 1));
    Result<ArticleLayers> article = load(articleId);
    if (!article)
        return article.problem();
    CurationStep step;
    clearDecision(*article, comparison, d, step);
    // Copies of the tags as stored, with their attributes, notes and references (a view may have
    // compared them with less).
    QHash<qint64, const Annotation*> byId;
    for (const Annotation& a : article->annotations)
        byId.insert(a.id, &a);
    bool taken = false;
    if (d.kind == DisagreementKind::Span) {
        for (const Annotation& span : d.spans.value(side)) {
            if (const Annotation* stored = byId.value(span.id)) {
                goldCopy(*article, *stored, step);
                taken = true;
            }
        }
    } else if (d.kind == DisagreementKind::Relation) {
        for (const Relation& r : d.relations.value(side)) {
            const Annotation* from = byId.value(r.fromId);
            const Annotation* to = byId.value(r.toId);
            if (!from || !to)
                continue;
            Relation copy = r;
            copy.id = 0;
            copy.fromId = goldCopy(*article, *from, step);
            copy.toId = goldCopy(*article, *to, step);
            copy.author = m_curator;
            copy.created = copy.modified = m_library.now();
            step.addedRelations.append(copy);
            taken = true;
        }
    } else {
        for (const qint64 label : d.labels.value(side)) {
            step.addedLabels.append({articleId, label, m_curator, m_library.now()});
            taken = true;
        }
    }
    if (!taken) // that side made nothing there: the decision is that nothing belongs there
        step.addedRejections.append({articleId, d.key});
    return write(std::move(step));
}

Result<CurationStep> Curation::decide(qint64 articleId, const LayerComparison& comparison, const Disagreement& d,
                                      const QList<Annotation>& spans)
{
    if (d.kind != DisagreementKind::Span)
        return failure(tr("Only a disagreement about spans can be decided with spans of one's own."));
    Result<ArticleLayers> article = load(articleId);
    if (!article)
        return article.problem();
    CurationStep step;
    clearDecision(*article, comparison, d, step);
    for (const Annotation& span : spans)
        goldCopy(*article, span, step);
    if (spans.isEmpty())
        step.addedRejections.append({articleId, d.key});
    return write(std::move(step));
}

Result<CurationStep> Curation::reject(qint64 articleId, const LayerComparison& comparison, const Disagreement& d)
{
    Result<ArticleLayers> article = load(articleId);
    if (!article)
        return article.problem();
    CurationStep step;
    clearDecision(*article, comparison, d, step);
    step.addedRejections.append({articleId, d.key});
    return write(std::move(step));
}

Result<CurationStep> Curation::acceptAgreed(const QStringList& layers, QList<qint64> articles)
{
    if (layers.size() < 2 || layers.contains(m_curator))
        return failure(tr("Taking what annotators agree on needs two layers besides %1's.").arg(m_curator));
    if (articles.isEmpty()) {
        AnnotatorProgress progress(m_library);
        QSet<qint64> done;
        for (qsizetype i = 0; i < layers.size(); ++i) {
            Result<QSet<qint64>> theirs = progress.doneBy(layers.at(i));
            if (!theirs)
                return theirs.problem();
            done = i == 0 ? *theirs : done.intersect(*theirs);
        }
        articles = QList<qint64>(done.cbegin(), done.cend());
        std::sort(articles.begin(), articles.end());
    }
    CurationStep step;
    for (const qint64 articleId : std::as_const(articles)) {
        Result<ArticleLayers> article = load(articleId);
        if (!article)
            return article.problem();
        const LayerComparison comparison = compareLayers(*article, layers, m_curator);
        QHash<qint64, const Annotation*> byId;
        for (const Annotation& a : article->annotations) {
            byId.insert(a.id, &a);
            if (a.author == layers.first() && comparison.matches.value(a.id) == SpanMatch::Agree)
                goldCopy(*article, a, step);
        }
        // Relations every layer has between agreed spans, unless the curator has one there.
        const auto identity = [&](const Relation& r) {
            const Annotation* from = byId.value(r.fromId);
            const Annotation* to = byId.value(r.toId);
            return from && to ? spanIdentity(*from) + QLatin1Char('>') + spanIdentity(*to) + QLatin1Char('>')
                                    + QString::number(r.typeId)
                              : QString();
        };
        QHash<QString, QSet<QString>> relationsBy;
        for (const Relation& r : article->relations)
            relationsBy[r.author].insert(identity(r));
        for (const Relation& r : article->relations) {
            const QString id = identity(r);
            if (r.author != layers.first() || id.isEmpty() || relationsBy.value(m_curator).contains(id)
                || !std::all_of(layers.cbegin(), layers.cend(),
                                [&](const QString& l) { return relationsBy.value(l).contains(id); }))
                continue;
            Relation copy = r;
            copy.id = 0;
            copy.fromId = goldCopy(*article, *byId.value(r.fromId), step);
            copy.toId = goldCopy(*article, *byId.value(r.toId), step);
            copy.author = m_curator;
            copy.created = copy.modified = m_library.now();
            step.addedRelations.append(copy);
        }
        // Label sets every layer labelled alike, unless the curator has decided the set.
        QHash<QString, QHash<qint64, QSet<qint64>>> labelsBy; // annotator → set → labels
        for (const ArticleLabel& l : article->labels)
            labelsBy[l.author][article->labelSets.value(l.labelId)].insert(l.labelId);
        const QHash<qint64, QSet<qint64>> first = labelsBy.value(layers.first());
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            const bool alike = std::all_of(layers.cbegin(), layers.cend(), [&](const QString& l) {
                return labelsBy.value(l).value(it.key()) == it.value();
            });
            if (!alike || labelsBy.value(m_curator).contains(it.key()))
                continue;
            for (const qint64 label : it.value())
                step.addedLabels.append({articleId, label, m_curator, m_library.now()});
        }
    }
    return write(std::move(step));
}

Result<CurationStep> Curation::write(CurationStep step)
{
    Status ok = inTransaction(m_library.database(), [&] { return apply(step, true); });
    if (!ok)
        return ok.problem();
    return step;
}

namespace {

Status setRejection(Database& db, const Rejection& r, const QString& curator, const QDateTime& at)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO curation_rejection (article_id, curator, item, rejected_at) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, r.articleId).bind(2, curator).bind(3, r.item).bind(4, isoUtc(at));
    return stmt->run();
}

Status removeRejection(Database& db, const Rejection& r, const QString& curator)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("DELETE FROM curation_rejection WHERE article_id = ?1 AND curator = ?2 AND item = ?3"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, r.articleId).bind(2, curator).bind(3, r.item);
    return stmt->run();
}

} // namespace

Status Curation::apply(CurationStep& step, bool assignIds)
{
    Database& db = m_library.database();
    AnnotationStore& spans = m_library.annotations();
    RelationStore relations(db);
    for (const Relation& r : std::as_const(step.removedRelations)) {
        if (Status ok = relations.remove(r.id); !ok)
            return ok;
    }
    for (const Annotation& a : std::as_const(step.removedSpans)) {
        if (Status ok = spans.remove(a.id); !ok)
            return ok;
    }
    for (const ArticleLabel& l : std::as_const(step.removedLabels)) {
        if (Status ok = relations.removeLabel(l.articleId, l.labelId, l.author); !ok)
            return ok;
    }
    for (const Rejection& r : std::as_const(step.removedRejections)) {
        if (Status ok = removeRejection(db, r, m_curator); !ok)
            return ok;
    }
    QHash<qint64, qint64> realIds; // temporary → written
    for (Annotation& a : step.addedSpans) {
        const qint64 temporary = a.id;
        if (assignIds && temporary < 0)
            a.id = 0;
        Result<qint64> id = spans.insert(a);
        if (!id)
            return id.problem();
        a.id = *id;
        realIds.insert(temporary, *id);
    }
    for (Relation& r : step.addedRelations) {
        r.fromId = realIds.value(r.fromId, r.fromId);
        r.toId = realIds.value(r.toId, r.toId);
        Result<qint64> id = relations.insert(r);
        if (!id)
            return id.problem();
        r.id = *id;
    }
    for (const ArticleLabel& l : std::as_const(step.addedLabels)) {
        if (Status ok = relations.setLabel(l); !ok)
            return ok;
    }
    for (const Rejection& r : std::as_const(step.addedRejections)) {
        if (Status ok = setRejection(db, r, m_curator, m_library.now()); !ok)
            return ok;
    }
    return {};
}

Status Curation::revert(const CurationStep& step)
{
    Database& db = m_library.database();
    AnnotationStore& spans = m_library.annotations();
    RelationStore relations(db);
    for (const Relation& r : step.addedRelations) {
        if (Status ok = relations.remove(r.id); !ok)
            return ok;
    }
    for (const Annotation& a : step.addedSpans) {
        if (Status ok = spans.remove(a.id); !ok)
            return ok;
    }
    for (const ArticleLabel& l : step.addedLabels) {
        if (Status ok = relations.removeLabel(l.articleId, l.labelId, l.author); !ok)
            return ok;
    }
    for (const Rejection& r : step.addedRejections) {
        if (Status ok = removeRejection(db, r, m_curator); !ok)
            return ok;
    }
    for (const Annotation& a : step.removedSpans) {
        if (Result<qint64> id = spans.insert(a); !id)
            return id.problem();
    }
    for (const Relation& r : step.removedRelations) {
        if (Result<qint64> id = relations.insert(r); !id)
            return id.problem();
    }
    for (const ArticleLabel& l : step.removedLabels) {
        if (Status ok = relations.setLabel(l); !ok)
            return ok;
    }
    for (const Rejection& r : step.removedRejections) {
        if (Status ok = setRejection(db, r, m_curator, m_library.now()); !ok)
            return ok;
    }
    return {};
}

Status Curation::undo(const CurationStep& step)
{
    return inTransaction(m_library.database(), [&] { return revert(step); });
}

Status Curation::redo(const CurationStep& step)
{
    CurationStep again = step;
    return inTransaction(m_library.database(), [&] { return apply(again, false); });
}

Result<QList<CurationCount>> Curation::progress(const QStringList& layers, const QList<qint64>& only)
{
    Result<Statement> stmt = m_library.database().prepare(QStringLiteral(
        "SELECT article_id FROM (SELECT article_id, author FROM annotation WHERE kind = 'entity'"
        " UNION SELECT article_id, author FROM relation UNION SELECT article_id, author FROM article_label)"
        " WHERE author <> ?1 AND article_id NOT IN (SELECT article_id FROM article_trash)"
        " GROUP BY article_id HAVING count(*) >= 2 ORDER BY article_id"));
    if (stmt)
        stmt->bind(1, m_curator);
    Result<QList<qint64>> articles =
        collectRows<qint64>(std::move(stmt), [](const Statement& row) { return row.int64(0); });
    if (!articles)
        return articles.problem();
    QList<CurationCount> counts;
    for (const qint64 articleId : std::as_const(*articles)) {
        if (!only.isEmpty() && !only.contains(articleId))
            continue;
        Result<QStringList> found = layersOf(articleId);
        if (!found)
            return found.problem();
        QStringList compared = layers.isEmpty() ? *found : layers;
        compared.removeIf([&](const QString& l) { return !found->contains(l); });
        if (compared.size() < 2)
            continue;
        Result<ArticleLayers> article = load(articleId);
        if (!article)
            return article.problem();
        const LayerComparison comparison = compareLayers(*article, compared, m_curator);
        counts.append({articleId, comparison.resolved(), comparison.remaining()});
    }
    return counts;
}

} // namespace hamish
