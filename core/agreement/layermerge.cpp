#include "agreement/layermerge.h"

#include "agreement/annotatorprogress.h"
#include "annotations/annotationstore.h"
#include "annotations/relationstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QHash>
#include <QSet>

namespace hamish {

namespace {

// A span's identity across layers: where it is and what type.
QString spanKey(const Annotation& a)
{
    return QStringLiteral("%1:%2:%3").arg(a.start).arg(a.end).arg(a.entityTypeId);
}

} // namespace

Result<MergeReport> LayerMerge::agreed(const QString& target, QStringList compared, const QList<qint64>& articles)
{
    if (compared.isEmpty()) {
        Result<QStringList> all = AnnotatorProgress(m_library).annotators();
        if (!all)
            return all.problem();
        compared = *all;
    }
    compared.removeAll(target);
    compared.removeDuplicates();
    if (compared.size() < 2)
        return failure(tr("Merging what annotators agree on needs two layers besides %1's.").arg(target));
    return merge(target, compared, compared, articles);
}

Result<MergeReport> LayerMerge::from(const QString& target, const QString& source, QStringList compared,
                                     const QList<qint64>& articles)
{
    if (source == target)
        return failure(tr("A layer cannot be merged into itself."));
    if (compared.isEmpty()) {
        Result<QStringList> all = AnnotatorProgress(m_library).annotators();
        if (!all)
            return all.problem();
        compared = *all;
    }
    compared.removeAll(target);
    if (!compared.contains(source))
        compared.prepend(source);
    return merge(target, {source}, compared, articles);
}

Result<MergeReport> LayerMerge::merge(const QString& target, const QStringList& sources, const QStringList& compared,
                                      const QList<qint64>& articles)
{
    if (target.trimmed().isEmpty())
        return failure(tr("The layer to merge into needs an annotator's name."));
    // The articles: those given, else those every source finished (one source: all of theirs).
    AnnotatorProgress progress(m_library);
    QSet<qint64> chosen;
    if (!articles.isEmpty()) {
        chosen = QSet<qint64>(articles.cbegin(), articles.cend());
    } else if (sources.size() == 1) {
        Result<QList<ArticleProgress>> started = progress.started();
        if (!started)
            return started.problem();
        for (const ArticleProgress& p : *started) {
            if (p.annotator == sources.first())
                chosen.insert(p.articleId);
        }
    } else {
        for (qsizetype i = 0; i < sources.size(); ++i) {
            Result<QSet<qint64>> done = progress.doneBy(sources.at(i));
            if (!done)
                return done.problem();
            chosen = i == 0 ? *done : chosen.intersect(*done);
        }
    }
    QList<qint64> ordered(chosen.cbegin(), chosen.cend());
    std::sort(ordered.begin(), ordered.end());

    MergeReport report;
    Status written = inTransaction(m_library.database(), [&]() -> Status {
        AnnotationStore& annotations = m_library.annotations();
        RelationStore relationStore(m_library.database());
        for (const qint64 articleId : std::as_const(ordered)) {
            Result<Article> article = m_library.articles().article(articleId);
            if (!article)
                return article.problem();
            ++report.articles;
            Result<QList<Annotation>> all = annotations.forArticle(articleId);
            if (!all)
                return all.problem();
            // Entity spans by layer, by key.
            QHash<QString, QHash<QString, const Annotation*>> layer;
            for (const Annotation& a : *all) {
                if (a.kind == AnnotationKind::Entity)
                    layer[a.author].insert(spanKey(a), &a);
            }
            const auto everySource = [&](const QString& key) {
                return std::all_of(sources.cbegin(), sources.cend(),
                                   [&](const QString& s) { return layer.value(s).contains(key); });
            };
            // Spans: copied where every source has them; the rest of the compared layers' spans
            // are left for curation (each distinct span once).
            QHash<qint64, qint64> copiedAs; // a source annotation's id → the target's copy
            QSet<QString> left;
            for (const QString& who : compared) {
                for (auto it = layer.value(who).cbegin(); it != layer.value(who).cend(); ++it) {
                    if (!everySource(it.key()))
                        left.insert(it.key());
                }
            }
            const QHash<QString, const Annotation*> first = layer.value(sources.first());
            for (auto it = first.cbegin(); it != first.cend(); ++it) {
                if (!everySource(it.key()))
                    continue;
                if (const Annotation* existing = layer.value(target).value(it.key())) {
                    for (const QString& s : sources)
                        copiedAs.insert(layer.value(s).value(it.key())->id, existing->id);
                    continue;
                }
                Annotation copy = *it.value();
                copy.id = 0;
                copy.author = target;
                copy.created = copy.modified = m_library.now();
                Result<qint64> id = annotations.insert(copy);
                if (!id)
                    return id.problem();
                for (const QString& s : sources)
                    copiedAs.insert(layer.value(s).value(it.key())->id, *id);
                ++report.spansAdded;
            }
            report.leftForCuration += int(left.size());

            // Relations: of the same type between copied spans, in every source.
            Result<QList<Relation>> relations = relationStore.forArticle(articleId);
            if (!relations)
                return relations.problem();
            QHash<qint64, const Annotation*> byId;
            for (const Annotation& a : *all)
                byId.insert(a.id, &a);
            const auto relationKey = [&](const Relation& r) {
                const Annotation* from = byId.value(r.fromId);
                const Annotation* to = byId.value(r.toId);
                return from && to ? QStringLiteral("%1>%2>%3").arg(spanKey(*from), spanKey(*to)).arg(r.typeId)
                                  : QString();
            };
            QHash<QString, QHash<QString, const Relation*>> relationLayer;
            for (const Relation& r : *relations)
                relationLayer[r.author].insert(relationKey(r), &r);
            QSet<QString> relationsLeft;
            for (const QString& who : compared) {
                for (auto it = relationLayer.value(who).cbegin(); it != relationLayer.value(who).cend(); ++it) {
                    const bool everywhere = std::all_of(sources.cbegin(), sources.cend(), [&](const QString& s) {
                        return relationLayer.value(s).contains(it.key());
                    });
                    if (!everywhere)
                        relationsLeft.insert(it.key());
                }
            }
            report.leftForCuration += int(relationsLeft.size());
            const QHash<QString, const Relation*> firstRelations = relationLayer.value(sources.first());
            for (auto it = firstRelations.cbegin(); it != firstRelations.cend(); ++it) {
                const bool everywhere = std::all_of(sources.cbegin(), sources.cend(), [&](const QString& s) {
                    return relationLayer.value(s).contains(it.key());
                });
                if (!everywhere || relationLayer.value(target).contains(it.key()))
                    continue;
                Relation copy = *it.value();
                copy.id = 0;
                copy.fromId = copiedAs.value(copy.fromId);
                copy.toId = copiedAs.value(copy.toId);
                if (copy.fromId == 0 || copy.toId == 0)
                    continue;
                copy.author = target;
                copy.created = copy.modified = m_library.now();
                Result<qint64> id = relationStore.insert(copy);
                if (!id)
                    return id.problem();
                ++report.relationsAdded;
            }

            // Document labels every source set.
            Result<QList<ArticleLabel>> labels = relationStore.labels(articleId);
            if (!labels)
                return labels.problem();
            QHash<QString, QSet<qint64>> labelLayer;
            for (const ArticleLabel& l : *labels)
                labelLayer[l.author].insert(l.labelId);
            QSet<qint64> labelsLeft;
            for (const QString& who : compared) {
                for (const qint64 label : labelLayer.value(who)) {
                    const bool everywhere = std::all_of(sources.cbegin(), sources.cend(), [&](const QString& s) {
                        return labelLayer.value(s).contains(label);
                    });
                    if (!everywhere)
                        labelsLeft.insert(label);
                    else if (!labelLayer.value(target).contains(label)) {
                        if (Status ok = relationStore.setLabel({articleId, label, target, m_library.now()}); !ok)
                            return ok.problem();
                        labelLayer[target].insert(label);
                        ++report.labelsAdded;
                    }
                }
            }
            report.leftForCuration += int(labelsLeft.size());
        }
        return {};
    });
    if (!written)
        return written.problem();
    return report;
}

} // namespace hamish
