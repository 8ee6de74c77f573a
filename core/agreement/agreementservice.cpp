#include "agreement/agreementservice.h"

#include "agreement/annotatorprogress.h"
#include "agreement/tokentags.h"
#include "annotations/annotationstore.h"
#include "annotations/relationstore.h"
#include "annotations/schemastore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "text/tokens.h"

#include <QMap>
#include <QSet>

#include <limits>

namespace hamish {

namespace {

// One annotator's layer of one article, as agreement reads it.
struct Layer
{
    QList<QStringList> levels; // IOB2 tags per token, outermost first
    QList<TypedSpan> spans;
    QSet<qint64> labels;
};

// Every annotator's layer of one article, and its token count.
struct ArticleLayers
{
    qint64 tokens = 0;
    QHash<QString, Layer> byAnnotator;
};

QStringList levelOf(const Layer& layer, qsizetype level, qint64 tokens)
{
    if (level < layer.levels.size())
        return layer.levels.at(level);
    QStringList none;
    none.fill(QStringLiteral("O"), tokens);
    return none;
}

} // namespace

Result<AgreementReport> AgreementService::compute(QStringList annotators, const QList<qint64>& articles)
{
    AnnotatorProgress progress(m_library);
    if (annotators.isEmpty()) {
        Result<QStringList> all = progress.annotators();
        if (!all)
            return all.problem();
        annotators = *all;
    }
    annotators.removeDuplicates();
    const QSet<qint64> wanted(articles.cbegin(), articles.cend());
    QHash<QString, QSet<qint64>> done;
    for (const QString& annotator : std::as_const(annotators)) {
        Result<QSet<qint64>> mine = progress.doneBy(annotator);
        if (!mine)
            return mine.problem();
        if (!wanted.isEmpty())
            mine->intersect(wanted);
        done.insert(annotator, *mine);
    }
    annotators.removeIf([&](const QString& a) { return done.value(a).isEmpty(); });
    AgreementReport report;
    report.annotators = annotators;
    QList<std::pair<QString, QString>> pairs;
    for (qsizetype i = 0; i < annotators.size(); ++i) {
        for (qsizetype j = i + 1; j < annotators.size(); ++j) {
            if (done.value(annotators.at(i)).intersects(done.value(annotators.at(j))))
                pairs.append({annotators.at(i), annotators.at(j)});
        }
    }
    if (pairs.isEmpty())
        return failure(tr("Agreement needs two annotators who both marked the same articles done; %1.")
                           .arg(annotators.size() < 2
                                    ? tr("%n annotator(s) have done articles", nullptr, int(annotators.size()))
                                    : tr("no two have a done article in common")));

    Result<QList<EntityType>> types = m_library.annotations().entityTypes();
    if (!types)
        return types.problem();
    QHash<qint64, QString> codeOf;
    for (const EntityType& type : *types)
        codeOf.insert(type.id, type.code);
    Result<QList<LabelSet>> labelSets = SchemaStore(m_library.database()).labelSets();
    if (!labelSets)
        return labelSets.problem();

    // Each article someone compares, read once.
    QSet<qint64> needed;
    for (const auto& [a, b] : std::as_const(pairs))
        needed.unite(QSet<qint64>(done.value(a)).intersect(done.value(b)));
    QMap<qint64, ArticleLayers> layers;
    const QSet<QString> compared(annotators.cbegin(), annotators.cend());
    for (const qint64 id : std::as_const(needed)) {
        Result<Article> article = m_library.articles().article(id);
        if (!article)
            return article.problem();
        QList<TextSpan> tokens;
        const QList<QList<TextSpan>> sentences =
            article->tokenization == u"whitespace" ? whitespaceSentences(article->body) : icuSentences(article->body);
        for (const QList<TextSpan>& sentence : sentences)
            tokens.append(sentence);
        ArticleLayers& here = layers[id];
        here.tokens = tokens.size();
        Result<QList<Annotation>> annotations = m_library.annotations().forArticle(id);
        if (!annotations)
            return annotations.problem();
        QHash<QString, QList<TypedSpan>> spans;
        for (const Annotation& a : *annotations) {
            if (a.kind == AnnotationKind::Entity && compared.contains(a.author))
                spans[a.author].append({a.start, a.end, codeOf.value(a.entityTypeId)});
        }
        Result<QList<ArticleLabel>> labels = RelationStore(m_library.database()).labels(id);
        if (!labels)
            return labels.problem();
        for (const QString& annotator : std::as_const(annotators)) {
            if (!done.value(annotator).contains(id))
                continue;
            Layer& layer = here.byAnnotator[annotator];
            layer.spans = spans.value(annotator);
            layer.levels = iob2Levels(tokens, layer.spans);
            for (const ArticleLabel& label : *labels) {
                if (label.author == annotator)
                    layer.labels.insert(label.labelId);
            }
        }
    }

    for (const auto& [a, b] : std::as_const(pairs)) {
        PairAgreement pair{a, b};
        QSet<qint64> common = QSet<qint64>(done.value(a)).intersect(done.value(b));
        QList<qint64> ordered(common.cbegin(), common.cend());
        std::sort(ordered.begin(), ordered.end());
        pair.articles = int(ordered.size());
        qsizetype depth = 1;
        for (const qint64 id : std::as_const(ordered)) {
            const ArticleLayers& here = layers.value(id);
            depth = std::max({depth, here.byAnnotator.value(a).levels.size(), here.byAnnotator.value(b).levels.size()});
        }
        QMap<QString, SpanAgreement> spanTotals;
        for (qsizetype level = 0; level < depth; ++level) {
            QStringList tagsA, tagsB;
            for (const qint64 id : std::as_const(ordered)) {
                const ArticleLayers& here = layers.value(id);
                tagsA += levelOf(here.byAnnotator.value(a), level, here.tokens);
                tagsB += levelOf(here.byAnnotator.value(b), level, here.tokens);
            }
            if (level == 0) {
                pair.tokens = tagsA.size();
                pair.kappa = cohenKappa(tagsA, tagsB);
            } else {
                pair.nestedKappa.append(cohenKappa(tagsA, tagsB));
            }
        }
        for (const qint64 id : std::as_const(ordered)) {
            const ArticleLayers& here = layers.value(id);
            for (const SpanAgreement& s :
                 spanAgreement(here.byAnnotator.value(a).spans, here.byAnnotator.value(b).spans)) {
                SpanAgreement& total = spanTotals[s.type];
                total.type = s.type;
                total.add(s);
            }
        }
        for (auto it = spanTotals.cbegin(); it != spanTotals.cend(); ++it) {
            if (it.key() != u"micro")
                pair.spans.append(*it);
        }
        SpanAgreement micro = spanTotals.value(QStringLiteral("micro"));
        micro.type = QStringLiteral("micro");
        pair.spans.append(micro);
        // Document labels: a single-choice set's label (or none) per article; each label of a
        // multiple-choice set, set or not, per article.
        for (const LabelSet& set : std::as_const(*labelSets)) {
            QStringList byA, byB;
            bool any = false;
            for (const qint64 id : std::as_const(ordered)) {
                const ArticleLayers& here = layers.value(id);
                const QSet<qint64>& la = here.byAnnotator.value(a).labels;
                const QSet<qint64>& lb = here.byAnnotator.value(b).labels;
                if (set.multiple) {
                    for (const Label& label : set.labels) {
                        byA.append(la.contains(label.id) ? QStringLiteral("1") : QStringLiteral("0"));
                        byB.append(lb.contains(label.id) ? QStringLiteral("1") : QStringLiteral("0"));
                        any = any || la.contains(label.id) || lb.contains(label.id);
                    }
                } else {
                    QString labelA, labelB;
                    for (const Label& label : set.labels) {
                        if (la.contains(label.id))
                            labelA = label.code;
                        if (lb.contains(label.id))
                            labelB = label.code;
                    }
                    byA.append(labelA);
                    byB.append(labelB);
                    any = any || !labelA.isEmpty() || !labelB.isEmpty();
                }
            }
            if (any)
                pair.labelKappa.insert(set.code, cohenKappa(byA, byB));
        }
        report.pairs.append(pair);
    }

    report.alpha = report.fleiss = std::numeric_limits<double>::quiet_NaN();
    if (annotators.size() >= 3) {
        QSet<qint64> all = done.value(annotators.first());
        for (const QString& annotator : std::as_const(annotators))
            all.intersect(done.value(annotator));
        QList<qint64> ordered(all.cbegin(), all.cend());
        std::sort(ordered.begin(), ordered.end());
        QList<QStringList> items;
        for (const qint64 id : std::as_const(ordered)) {
            const ArticleLayers& here = layers.value(id);
            QList<QStringList> tagsOf;
            for (const QString& annotator : std::as_const(annotators))
                tagsOf.append(levelOf(here.byAnnotator.value(annotator), 0, here.tokens));
            for (qint64 t = 0; t < here.tokens; ++t) {
                QStringList item;
                for (const QStringList& tags : std::as_const(tagsOf))
                    item.append(tags.at(t));
                items.append(item);
            }
        }
        report.commonArticles = int(ordered.size());
        report.commonTokens = items.size();
        if (!items.isEmpty()) {
            report.alpha = krippendorffAlpha(items);
            report.fleiss = fleissKappa(items);
        }
    }
    return report;
}

} // namespace hamish
