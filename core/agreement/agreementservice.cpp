#include "agreement/agreementservice.h"

#include "agreement/annotatorprogress.h"
#include "agreement/tokentags.h"
#include "annotations/annotationstore.h"
#include "annotations/relationstore.h"
#include "annotations/schemastore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/idlist.h"
#include "storage/library.h"
#include "text/tokens.h"

#include <QMap>
#include <QSet>

#include <deque>
#include <future>
#include <limits>
#include <thread>

namespace hamish {

namespace {

// One annotator's layer of one article, as agreement reads it.
struct Layer
{
    QList<std::vector<int>> levels; // IOB2 tag codes per token, outermost first
    QList<TypedSpan> spans;
    QSet<qint64> labels;
};

// Every annotator's layer of one article, and its token count.
struct ArticleLayers
{
    qint64 tokens = 0;
    QHash<QString, Layer> byAnnotator;
};

// An annotator's layer of an article (an empty one when they have none there).
const Layer& layerOf(const ArticleLayers& article, const QString& annotator)
{
    static const Layer none;
    const auto it = article.byAnnotator.constFind(annotator);
    return it == article.byAnnotator.cend() ? none : *it;
}

// A layer's tag at a token and nesting level: O (0) below its deepest span.
int tagAt(const Layer& layer, qsizetype level, qint64 token)
{
    return level < layer.levels.size() ? layer.levels.at(level)[size_t(token)] : 0;
}

// What tagging an article's layers needs besides the article; shared by the threads, which only read it.
struct LayerContext
{
    const QStringList& annotators;
    const QHash<QString, QSet<qint64>>& done;
    const QHash<qint64, QString>& codeOf;
    TagCodes& codes; // every type already added
};

// One chunk of articles as read: their bodies, and each one's tags and labels by annotator.
struct ChunkRead
{
    qsizetype first = 0; // index of the chunk's first article in the whole list
    QList<Article> articles;
    QHash<qint64, QHash<QString, QList<TypedSpan>>> spans;
    QHash<qint64, QHash<QString, QSet<qint64>>> labels;
};

Result<ChunkRead> readChunk(Library& library, const QList<qint64>& ids, const LayerContext& context)
{
    ChunkRead chunk;
    Result<QList<Article>> articles = library.articles().articlesOf(ids, true);
    if (!articles)
        return articles.problem();
    chunk.articles = std::move(*articles);
    Result<QList<Annotation>> tags = library.annotations().entitySpansOf(ids);
    if (!tags)
        return tags.problem();
    for (const Annotation& a : std::as_const(*tags))
        chunk.spans[a.articleId][a.author].append({a.start, a.end, context.codeOf.value(a.entityTypeId)});
    Result<QList<ArticleLabel>> labels = RelationStore(library.database()).labelsOf(ids);
    if (!labels)
        return labels.problem();
    for (const ArticleLabel& l : std::as_const(*labels))
        chunk.labels[l.articleId][l.author].insert(l.labelId);
    return chunk;
}

// Cuts an article into tokens and gives each annotator who is done with it their layer.
ArticleLayers layersOf(const Article& article, const ChunkRead& chunk, const LayerContext& context)
{
    const QList<QList<TextSpan>> sentences =
        article.tokenization == u"whitespace" ? whitespaceSentences(article.body) : icuSentences(article.body);
    QList<TextSpan> tokens;
    for (const QList<TextSpan>& sentence : sentences)
        tokens.append(sentence);
    ArticleLayers here;
    here.tokens = tokens.size();
    const QHash<QString, QList<TypedSpan>> spans = chunk.spans.value(article.id);
    const QHash<QString, QSet<qint64>> labels = chunk.labels.value(article.id);
    for (const QString& annotator : context.annotators) {
        if (!context.done.value(annotator).contains(article.id))
            continue;
        Layer& layer = here.byAnnotator[annotator];
        layer.spans = spans.value(annotator);
        layer.levels = iob2LevelCodes(tokens, layer.spans, context.codes);
        layer.labels = labels.value(annotator);
    }
    return here;
}

// Reads the articles of ids (sorted) chunk by chunk and tags each chunk on a thread of its own,
// at most as many at once as there are cores; layersAt[i] gets the layers of ids[i].
Status readLayers(Library& library, const QList<qint64>& ids, const LayerContext& context,
                  std::vector<ArticleLayers>& layersAt)
{
    const size_t workers = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::deque<std::future<void>> running;
    Status status;
    for (qsizetype first = 0; first < ids.size() && status; first += idlist::Size) {
        Result<ChunkRead> chunk = readChunk(library, ids.mid(first, idlist::Size), context);
        if (!chunk) {
            status = chunk.problem();
            break;
        }
        chunk->first = first;
        if (running.size() >= workers) {
            running.front().get();
            running.pop_front();
        }
        running.push_back(std::async(std::launch::async, [&ids, &context, &layersAt, read = std::move(*chunk)] {
            for (const Article& article : read.articles) {
                const auto at = std::lower_bound(ids.cbegin() + read.first, ids.cend(), article.id);
                layersAt[size_t(at - ids.cbegin())] = layersOf(article, read, context);
            }
        }));
    }
    for (std::future<void>& worker : running)
        worker.get();
    return status;
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

    // Each article someone compares: its body, tags and labels are read a chunk at a time on
    // this thread (the connection is this thread's), while other threads cut the chunks already
    // read into tokens and tag them, the longest part.
    QSet<qint64> needed;
    for (const auto& [a, b] : std::as_const(pairs))
        needed.unite(QSet<qint64>(done.value(a)).intersect(done.value(b)));
    QList<qint64> neededIds(needed.cbegin(), needed.cend());
    std::sort(neededIds.begin(), neededIds.end());
    TagCodes codes;
    codes.add(QString());
    for (const QString& code : std::as_const(codeOf))
        codes.add(code);
    std::vector<ArticleLayers> layersAt(size_t(neededIds.size()));
    const LayerContext context{annotators, done, codeOf, codes};
    if (Status read = readLayers(m_library, neededIds, context, layersAt); !read)
        return read.problem();
    QMap<qint64, ArticleLayers> layers;
    for (qsizetype i = 0; i < neededIds.size(); ++i)
        layers.insert(neededIds.at(i), std::move(layersAt[size_t(i)]));
    layersAt.clear();

    for (const auto& [a, b] : std::as_const(pairs)) {
        PairAgreement pair{a, b};
        QSet<qint64> common = QSet<qint64>(done.value(a)).intersect(done.value(b));
        QList<qint64> ordered(common.cbegin(), common.cend());
        std::sort(ordered.begin(), ordered.end());
        pair.articles = int(ordered.size());
        qsizetype depth = 1;
        for (const qint64 id : std::as_const(ordered)) {
            const ArticleLayers& here = *layers.constFind(id);
            depth = std::max({depth, layerOf(here, a).levels.size(), layerOf(here, b).levels.size()});
        }
        QMap<QString, SpanAgreement> spanTotals;
        for (qsizetype level = 0; level < depth; ++level) {
            Confusion confusion(codes.size());
            for (const qint64 id : std::as_const(ordered)) {
                const ArticleLayers& here = *layers.constFind(id);
                const Layer& layerA = layerOf(here, a);
                const Layer& layerB = layerOf(here, b);
                for (qint64 t = 0; t < here.tokens; ++t)
                    confusion.add(tagAt(layerA, level, t), tagAt(layerB, level, t));
            }
            if (level == 0) {
                pair.tokens = confusion.items();
                pair.kappa = confusion.kappa();
            } else {
                pair.nestedKappa.append(confusion.kappa());
            }
        }
        for (const qint64 id : std::as_const(ordered)) {
            const ArticleLayers& here = *layers.constFind(id);
            for (const SpanAgreement& s : spanAgreement(layerOf(here, a).spans, layerOf(here, b).spans)) {
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
                const ArticleLayers& here = *layers.constFind(id);
                const QSet<qint64>& la = layerOf(here, a).labels;
                const QSet<qint64>& lb = layerOf(here, b).labels;
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
        UnitAgreement units;
        std::vector<int> values(size_t(annotators.size()));
        for (const qint64 id : std::as_const(ordered)) {
            const ArticleLayers& here = *layers.constFind(id);
            QList<const Layer*> byCoder;
            for (const QString& annotator : std::as_const(annotators))
                byCoder.append(&layerOf(here, annotator));
            for (qint64 t = 0; t < here.tokens; ++t) {
                for (qsizetype c = 0; c < byCoder.size(); ++c)
                    values[size_t(c)] = tagAt(*byCoder.at(c), 0, t);
                units.addUnit(values);
            }
        }
        report.commonArticles = int(ordered.size());
        report.commonTokens = units.units();
        if (units.units() > 0) {
            report.alpha = units.alpha();
            report.fleiss = units.fleiss();
        }
    }
    return report;
}

} // namespace hamish
