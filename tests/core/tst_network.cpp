#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "articles/collectionservice.h"
#include "entities/entityregistry.h"
#include "import/importservice.h"
#include "network/entitynetwork.h"
#include "network/graphlayout.h"
#include "network/graphwriters.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>

using namespace hamish;

namespace {

// Both articles of multi-article.txt. مصر is linked to one registry entity in the second; the
// first has no مصر, so its السوداني stands for Sudan; relations: the ministers MET (symmetric,
// made both ways round), Cairo LOCATED_IN Egypt twice.
struct Fixture
{
    test::TempLibrary temp;
    AnnotationService annotations{*temp.library};
    RelationService relations{*temp.library};
    SchemaService schemas{*temp.library};
    EntityRegistry registry{*temp.library};
    QList<qint64> articles;
    AnnotationSchema schema;

    Fixture()
    {
        articles =
            ImportService(*temp.library).importFile(test::dataPath(QStringLiteral("import/multi-article.txt"))).added;
        schema = *schemas.schema();
    }

    qint64 tag(qint64 article, const QString& text, const QString& code, const QString& entity = {}, int nth = 0)
    {
        const QString body = temp.library->articles().article(article)->body;
        qsizetype at = -1;
        for (int n = 0; n <= nth; ++n)
            at = body.indexOf(text, at + 1);
        const qint64 type = schema.entityType(code)->id;
        const qint64 entityId = entity.isEmpty() ? 0 : registry.resolve(entity, type)->id;
        return annotations.create({article, AnnotationKind::Entity, at, at + text.size(), type, {}, {}, entityId})->id;
    }

    void relate(qint64 from, qint64 to, const QString& type)
    {
        const auto made = relations.create({from, to, schema.relationType(type)->id, {}, {}, {}});
        QVERIFY2(made, test::why(made).constData());
    }
};

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void build_rollsMentionsUpToEntities()
    {
        Fixture f;
        const qint64 second = f.articles.at(1);
        const qint64 cairo = f.tag(second, QStringLiteral("القاهرة"), QStringLiteral("LOC"), QStringLiteral("القاهرة"));
        const qint64 egypt = f.tag(second, QStringLiteral("مصر"), QStringLiteral("LOC"), QStringLiteral("مصر"));
        const qint64 conference = f.tag(second, QStringLiteral("مؤتمراً"), QStringLiteral("EVENT"));
        const qint64 experts = f.tag(second, QStringLiteral("خبراء"), QStringLiteral("PER"), QStringLiteral("خبراء"));
        const qint64 author = f.tag(second, QStringLiteral("دولة"), QStringLiteral("PER"), QStringLiteral("دولة"));
        f.relate(cairo, egypt, QStringLiteral("LOCATED_IN"));
        f.relate(conference, cairo, QStringLiteral("LOCATED_IN"));
        f.relate(experts, author, QStringLiteral("MET"));
        // The same two, told the other way round in the first article; and a second mention of
        // Egypt, linked to the same entity.
        const qint64 first = f.articles.at(0);
        f.relate(f.tag(first, QStringLiteral("وزراء"), QStringLiteral("PER"), QStringLiteral("دولة")),
                 f.tag(first, QStringLiteral("وزير"), QStringLiteral("PER"), QStringLiteral("خبراء")),
                 QStringLiteral("MET"));
        const qint64 khartoum = f.tag(first, QStringLiteral("الخرطوم"), QStringLiteral("LOC"));
        const qint64 egyptAgain =
            f.tag(first, QStringLiteral("حوض النيل"), QStringLiteral("LOC"), QStringLiteral("مصر"));
        f.relate(khartoum, egyptAgain, QStringLiteral("LOCATED_IN"));

        const EntityNetwork network = *EntityNetworkBuilder(*f.temp.library).build();
        QStringList names;
        for (const NetworkNode& node : network.nodes)
            names.append(node.name);
        names.sort();
        QStringList expected{QStringLiteral("القاهرة"), QStringLiteral("مصر"),  QStringLiteral("مؤتمراً"),
                             QStringLiteral("خبراء"),   QStringLiteral("دولة"), QStringLiteral("الخرطوم")};
        expected.sort();
        QCOMPARE(names, expected);
        const auto node = [&](const QString& name) {
            for (qsizetype i = 0; i < network.nodes.size(); ++i) {
                if (network.nodes.at(i).name == name)
                    return int(i);
            }
            return -1;
        };
        QCOMPARE(network.nodes.at(node(QStringLiteral("مصر"))).mentions, 2);
        QCOMPARE(network.nodes.at(node(QStringLiteral("دولة"))).mentions, 2);
        QCOMPARE(network.nodes.at(node(QStringLiteral("مصر"))).typeCode, QStringLiteral("LOC"));
        QCOMPARE(network.edges.size(), 4);
        for (const NetworkEdge& edge : network.edges) {
            if (edge.typeCode == u"MET") {
                QCOMPARE(edge.count(), 2); // both ways round are one edge of a symmetric type
                QVERIFY(!edge.directed);
            } else {
                QCOMPARE(edge.count(), 1);
            }
        }

        // Filters: one type; one collection.
        NetworkFilter onlyMet;
        onlyMet.relationTypes = {QStringLiteral("MET")};
        const EntityNetwork met = *EntityNetworkBuilder(*f.temp.library).build(onlyMet);
        QCOMPARE(met.edges.size(), 1);
        QCOMPARE(met.nodes.size(), 2);
        CollectionService collections(*f.temp.library);
        const Collection firstOnly = *collections.create(QStringLiteral("الأول"));
        QVERIFY(collections.add(firstOnly.id, {first}));
        NetworkFilter inCollection;
        inCollection.scope.collectionId = firstOnly.id;
        const EntityNetwork scoped = *EntityNetworkBuilder(*f.temp.library).build(inCollection);
        QCOMPARE(scoped.edges.size(), 2);
        for (const NetworkEdge& edge : scoped.edges)
            QCOMPARE(edge.evidence.first().articleId, first);

        // The evidence: the sentence, with both ends in it.
        const NetworkEdge& located =
            *std::find_if(network.edges.cbegin(), network.edges.cend(), [&](const NetworkEdge& e) {
                return e.from == node(QStringLiteral("القاهرة")) && e.to == node(QStringLiteral("مصر"));
            });
        const EvidenceSentence sentence = *EntityNetworkBuilder(*f.temp.library).sentence(located.evidence.first());
        QVERIFY(sentence.text.startsWith(QStringLiteral("تستضيف القاهرة")));
        QCOMPARE(sentence.text.mid(sentence.fromStart, sentence.fromEnd - sentence.fromStart),
                 QStringLiteral("القاهرة"));
        QCOMPARE(sentence.text.mid(sentence.toStart, sentence.toEnd - sentence.toStart), QStringLiteral("مصر"));
        QVERIFY2(sentence.text.endsWith(QStringLiteral("والأردن.")),
                 qPrintable(sentence.text)); // ends in the next paragraph
    }

    void largestPart_keepsTheMostMentionedAndTheEdgesBetweenThem()
    {
        EntityNetwork network;
        for (int mentions : {5, 1, 9, 3}) {
            NetworkNode node;
            node.key = QStringLiteral("n%1").arg(mentions);
            node.mentions = mentions;
            network.nodes.append(node);
        }
        const auto edge = [](int from, int to) {
            NetworkEdge e;
            e.from = from;
            e.to = to;
            return e;
        };
        network.edges = {edge(0, 1), edge(0, 2), edge(2, 3), edge(1, 3)};
        const EntityNetwork part = largestPart(network, 3);
        QCOMPARE(part.nodes.size(), 3);
        // n5, n9 and n3 keep their order; n1 and its edges go.
        QCOMPARE(part.nodes.at(0).key, QStringLiteral("n5"));
        QCOMPARE(part.nodes.at(1).key, QStringLiteral("n9"));
        QCOMPARE(part.nodes.at(2).key, QStringLiteral("n3"));
        QCOMPARE(part.edges.size(), 2);
        QCOMPARE(part.edges.at(0).from, 0);
        QCOMPARE(part.edges.at(0).to, 1);
        QCOMPARE(part.edges.at(1).from, 1);
        QCOMPARE(part.edges.at(1).to, 2);
        QCOMPARE(largestPart(network, 10).nodes.size(), 4);
    }

    void layout_placesEveryNodeApart()
    {
        QList<QSizeF> sizes;
        QList<std::pair<int, int>> edges;
        for (int i = 0; i < 60; ++i) {
            sizes.append(QSizeF(40 + i % 5 * 10, 20));
            if (i > 0)
                edges.append({i, i / 3});
        }
        const GraphLayout layout = *layoutGraph(sizes, edges);
        QCOMPARE(layout.centres.size(), 60);
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            QVERIFY(layout.bounds.contains(layout.centres.at(i)));
            const QRectF box(layout.centres.at(i) - QPointF(sizes.at(i).width() / 2, sizes.at(i).height() / 2),
                             sizes.at(i));
            for (qsizetype j = 0; j < i; ++j) {
                const QRectF other(layout.centres.at(j) - QPointF(sizes.at(j).width() / 2, sizes.at(j).height() / 2),
                                   sizes.at(j));
                QVERIFY2(!box.adjusted(1, 1, -1, -1).intersects(other.adjusted(1, 1, -1, -1)),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(i).arg(j)));
            }
        }
        QVERIFY(layoutGraph({}, {})->centres.isEmpty());
    }

    void dot_isWrittenByGraphviz_withArabicNames()
    {
        EntityNetwork network;
        network.nodes = {
            NetworkNode{QStringLiteral("a"), 1, QStringLiteral("القاهرة"), 3, QStringLiteral("LOC"), {}, 2},
            NetworkNode{QStringLiteral("b"), 2, QStringLiteral("مصر"), 3, QStringLiteral("LOC"), {}, 1}};
        NetworkEdge edge;
        edge.from = 0;
        edge.to = 1;
        edge.typeCode = QStringLiteral("LOCATED_IN");
        edge.evidence = {NetworkEvidence{1, 1, 1, 2}, NetworkEvidence{2, 1, 3, 4}};
        network.edges = {edge};
        QBuffer dot;
        dot.open(QIODevice::WriteOnly);
        QVERIFY(writeGraph(network, GraphFormat::Dot, dot));
        const QString text = QString::fromUtf8(dot.data());
        QVERIFY2(text.contains(QStringLiteral("label=القاهرة")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("n0 -> n1")));
        QVERIFY(text.contains(QStringLiteral("weight=2")));
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
