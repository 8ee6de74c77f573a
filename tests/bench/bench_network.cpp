// The entity network of a large library (issue 15): after its 500 most frequent names are tagged
// and the tags of each article related in reading order, how long the network takes to build
// from the library, to lay out with Graphviz and to paint, as View ▸ Network does.
// Usage: bench_network prepare DB | measure DB
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "benchsupport.h"
#include "network/entitynetwork.h"
#include "network/graphlayout.h"
#include "network/networkscene.h"
#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/words.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace hamish;

namespace {

constexpr int TaggedNames = 500;
constexpr int TaggedArticles = 3000;
constexpr int TagsPerArticle = 6;

std::unique_ptr<Library> open(const QString& path)
{
    auto library = Library::open(path);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        std::exit(1);
    }
    return std::move(*library);
}

// The relation type two tags may have, ends swapped when only the other way round is allowed.
std::optional<RelationDraft> relationBetween(const Annotation& a, const Annotation& b, const AnnotationSchema& schema)
{
    for (const auto& [from, to] : {std::pair(&a, &b), std::pair(&b, &a)}) {
        const QString fromType = schema.typeCodeOf({*from, *to}, from->id);
        const QString toType = schema.typeCodeOf({*from, *to}, to->id);
        for (const RelationType& type : schema.relationTypes) {
            if (type.allows(fromType, toType))
                return RelationDraft{from->id, to->id, type.id, {}, {}, {}};
        }
    }
    return std::nullopt;
}

int prepare(const QString& path)
{
    auto library = open(path);
    AnnotationService annotations(*library);
    RelationService relations(*library);
    SchemaService schemaService(*library);
    const AnnotationSchema schema = schemaService.schema().value();
    const QList<ArticleSummary> summaries = library->articles().summaries(0, TaggedArticles).value();
    QList<Article> articles;
    QHash<QString, int> frequency;
    for (const ArticleSummary& s : summaries) {
        articles.append(library->articles().article(s.id).value());
        for (const WordSpan& w : findWords(articles.last().body)) {
            if (w.end - w.start >= 4)
                ++frequency[foldForSearch(articles.last().body.mid(w.start, w.end - w.start))];
        }
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    QHash<QString, qint64> typeOfName; // the top names, each with a type: person, organisation or place
    const QList<qint64> types{schema.entityType(QStringLiteral("PER"))->id,
                              schema.entityType(QStringLiteral("ORG"))->id,
                              schema.entityType(QStringLiteral("LOC"))->id};
    for (int i = 0; i < TaggedNames && i < ranked.size(); ++i)
        typeOfName.insert(ranked.at(i).second, types.at(i % types.size()));

    QList<AnnotationDraft> drafts;
    for (const Article& article : std::as_const(articles)) {
        int tagged = 0;
        for (const WordSpan& w : findWords(article.body)) {
            const qint64 type = typeOfName.value(foldForSearch(article.body.mid(w.start, w.end - w.start)));
            if (type == 0)
                continue;
            drafts.append({article.id, AnnotationKind::Entity, w.start, w.end, type, {}, {}});
            if (++tagged == TagsPerArticle)
                break;
        }
    }
    const Result<QList<Annotation>> tags = annotations.createMany(drafts);
    if (!tags) {
        std::fprintf(stderr, "%s\n", qPrintable(tags.error()));
        return 1;
    }
    QHash<qint64, QList<Annotation>> perArticle;
    for (const Annotation& tag : *tags)
        perArticle[tag.articleId].append(tag);
    int related = 0;
    for (const QList<Annotation>& inArticle : std::as_const(perArticle)) {
        for (qsizetype i = 1; i < inArticle.size(); ++i) {
            if (const auto draft = relationBetween(inArticle.at(i - 1), inArticle.at(i), schema)) {
                if (relations.create(*draft))
                    ++related;
            }
        }
    }
    bench::report("network_tags", double(tags->size()), "annotations");
    bench::report("network_relations", related, "relations");
    return 0;
}

int measure(const QString& path)
{
    auto library = open(path);
    QList<double> builds, layouts, paints, totals;
    int nodes = 0, edges = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<EntityNetwork> built = EntityNetworkBuilder(*library).build();
        if (!built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.error()));
            return 1;
        }
        const EntityNetwork network = largestPart(*built, TaggedNames);
        const double buildMs = double(timer.nsecsElapsed()) / 1e6;
        NetworkScene scene;
        QList<QSizeF> sizes;
        QList<std::pair<int, int>> pairs;
        for (const NetworkNode& node : network.nodes)
            sizes.append(scene.nodeBox(node));
        for (const NetworkEdge& edge : network.edges)
            pairs.append({edge.from, edge.to});
        const Result<GraphLayout> layout = layoutGraph(sizes, pairs);
        if (!layout) {
            std::fprintf(stderr, "%s\n", qPrintable(layout.error()));
            return 1;
        }
        const double layoutMs = double(timer.nsecsElapsed()) / 1e6 - buildMs;
        scene.showNetwork(network, *layout);
        QGraphicsView view(&scene);
        view.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view.resize(1100, 600);
        view.fitInView(scene.sceneRect(), Qt::KeepAspectRatio);
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        const double total = double(timer.nsecsElapsed()) / 1e6;
        builds.append(buildMs);
        layouts.append(layoutMs);
        paints.append(total - buildMs - layoutMs);
        totals.append(total);
        nodes = int(network.nodes.size());
        edges = int(network.edges.size());
    }
    bench::report("network_nodes", nodes, "nodes");
    bench::report("network_edges", edges, "edges");
    bench::report("network_build", bench::median(builds), "ms");
    bench::report("network_layout", bench::median(layouts), "ms");
    bench::report("network_paint", bench::median(paints), "ms");
    bench::report("network_total", bench::median(totals), "ms");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"prepare")
        return prepare(args.at(2));
    if (args.size() == 3 && args.at(1) == u"measure")
        return measure(args.at(2));
    std::fprintf(stderr, "usage: bench_network prepare DB | measure DB\n");
    return 2;
}
