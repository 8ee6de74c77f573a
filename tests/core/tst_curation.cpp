#include "agreement/annotatorprogress.h"
#include "agreement/curation.h"
#include "annotations/relationservice.h"
#include "layerfixture.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

namespace {

const QString Body = QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة 🙂.\n"
                                    "وزار وفد من جامعة الدول العربية مدينة عمان أمس ثم عاد.\n");
const QString Reem = QStringLiteral("reem");
const QString Omar = QStringLiteral("omar");
const QString Gold = QStringLiteral("gold");

// reem and omar agree on one name, differ on a type, on boundaries, and each has one alone.
qint64 twoLayers(Library& library)
{
    const qint64 a = test::importBody(library, QStringLiteral("a.txt"), Body);
    for (const QString& who : {Reem, Omar})
        test::tagFirst(library, who, a, QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
    test::tagFirst(library, Reem, a, QStringLiteral("بيروت"), QStringLiteral("LOC"));
    test::tagFirst(library, Omar, a, QStringLiteral("بيروت"), QStringLiteral("ORG"));
    test::tagFirst(library, Reem, a, QStringLiteral("الأمم المتحدة"), QStringLiteral("ORG"));
    test::tagFirst(library, Omar, a, QStringLiteral("الأمم"), QStringLiteral("ORG"));
    test::tagFirst(library, Reem, a, QStringLiteral("جامعة الدول العربية"), QStringLiteral("ORG"));
    test::tagFirst(library, Omar, a, QStringLiteral("عمان"), QStringLiteral("LOC"));
    return a;
}

QList<Annotation> layer(Library& library, qint64 article, const QString& who)
{
    QList<Annotation> out;
    for (const Annotation& a : library.annotations().forArticle(article).value()) {
        if (a.author == who)
            out.append(a);
    }
    return out;
}

QStringList quotesAndTypes(Library& library, const QList<Annotation>& spans)
{
    QStringList out;
    for (const Annotation& a : spans) {
        for (const EntityType& t : library.annotations().entityTypes().value()) {
            if (t.id == a.entityTypeId)
                out.append(a.quote + QLatin1Char('/') + t.code);
        }
    }
    out.sort();
    return out;
}

const Disagreement& at(const LayerComparison& c, const QString& quote)
{
    for (const Disagreement& d : c.disagreements) {
        for (const QList<Annotation>& side : d.spans) {
            for (const Annotation& a : side) {
                if (a.quote == quote)
                    return d;
            }
        }
    }
    static const Disagreement none;
    return none;
}

} // namespace

class TestCuration : public QObject
{
    Q_OBJECT

private slots:
    void compare_drawsAgreementTypeBoundaryAndSingleSpansApart()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = twoLayers(library);
        const Result<LayerComparison> c = Curation(library).compare(a);
        QVERIFY2(c, test::why(c).constData());
        QCOMPARE(c->layers, (QStringList{Omar, Reem}));
        QHash<QString, SpanMatch> byQuote;
        for (const Annotation& x : library.annotations().forArticle(a).value())
            byQuote.insert(x.author + QLatin1Char(':') + x.quote, c->matches.value(x.id));
        QCOMPARE(byQuote.value(u"reem:نبيل قاسم"_qs), SpanMatch::Agree);
        QCOMPARE(byQuote.value(u"omar:نبيل قاسم"_qs), SpanMatch::Agree);
        QCOMPARE(byQuote.value(u"reem:بيروت"_qs), SpanMatch::OtherType);
        QCOMPARE(byQuote.value(u"omar:بيروت"_qs), SpanMatch::OtherType);
        QCOMPARE(byQuote.value(u"reem:الأمم المتحدة"_qs), SpanMatch::OtherBoundaries);
        QCOMPARE(byQuote.value(u"omar:الأمم"_qs), SpanMatch::OtherBoundaries);
        QCOMPARE(byQuote.value(u"reem:جامعة الدول العربية"_qs), SpanMatch::OnlyOne);
        QCOMPARE(byQuote.value(u"omar:عمان"_qs), SpanMatch::OnlyOne);

        // One disagreement per place, in text order, each holding both sides' spans.
        QCOMPARE(c->disagreements.size(), 4);
        const Disagreement& un = c->disagreements.at(1);
        QCOMPARE(un.start, Body.indexOf(u"الأمم"_qs));
        QCOMPARE(un.end, un.start + QStringLiteral("الأمم المتحدة").size());
        QCOMPARE(un.spans.at(0).size(), 1); // omar's
        QCOMPARE(un.spans.at(1).size(), 1); // reem's
        QCOMPARE(un.key, QStringLiteral("span:%1:%2").arg(un.start).arg(un.end));
        QCOMPARE(c->disagreements.at(3).spans.at(1).size(), 0); // Amman is omar's alone
        QCOMPARE(c->resolved(), 0);
        QCOMPARE(c->remaining(), 4);
        QCOMPARE(c->next(-1, true), 0);
        QCOMPARE(c->next(0, false), 3);
        QCOMPARE(c->next(3, true), 0);

        QVERIFY(!Curation(library).compare(a, {Reem})); // one layer is no comparison
    }

    void accept_replacesTheEarlierDecision_andUndoRedoRestoreIt()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = twoLayers(library);
        Curation curation(library);
        LayerComparison c = curation.compare(a).value();
        const Disagreement beirut = at(c, u"بيروت"_qs);
        const Result<CurationStep> omars = curation.accept(a, c, beirut, 0);
        QVERIFY2(omars, test::why(omars).constData());
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), QStringList{u"بيروت/ORG"_qs});
        c = curation.compare(a).value();
        QCOMPARE(c.resolved(), 1);
        QVERIFY(at(c, u"بيروت"_qs).resolved);

        // Taking reem's side instead replaces omar's in the gold layer.
        const Result<CurationStep> reems = curation.accept(a, c, at(c, u"بيروت"_qs), 1);
        QVERIFY(reems);
        QCOMPARE(reems->removedSpans.size(), 1);
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), QStringList{u"بيروت/LOC"_qs});
        QVERIFY(curation.undo(*reems));
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), QStringList{u"بيروت/ORG"_qs});
        const qint64 omarsCopy = layer(library, a, Gold).value(0).id;
        QCOMPARE(omarsCopy, omars->addedSpans.value(0).id); // put back with its id
        QVERIFY(curation.redo(*reems));
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), QStringList{u"بيروت/LOC"_qs});
        QVERIFY(curation.undo(*reems));
        QVERIFY(curation.undo(*omars));
        QVERIFY(layer(library, a, Gold).isEmpty());
        QCOMPARE(curation.compare(a).value().resolved(), 0);
    }

    void rejectAndEdit_resolveWithoutEitherSide()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = twoLayers(library);
        Curation curation(library);
        LayerComparison c = curation.compare(a).value();
        const Result<CurationStep> rejected = curation.reject(a, c, at(c, u"عمان"_qs));
        QVERIFY2(rejected, test::why(rejected).constData());
        QVERIFY(layer(library, a, Gold).isEmpty());
        c = curation.compare(a).value();
        QVERIFY(at(c, u"عمان"_qs).resolved);
        QCOMPARE(c.remaining(), 3);
        // A decision in the library stays (another Curation, as after a restart).
        QCOMPARE(Curation(library).compare(a).value().resolved(), 1);

        // Edit: the curator's own span, reem's boundaries with another type.
        Annotation mine = at(c, u"الأمم المتحدة"_qs).spans.at(1).at(0);
        mine.entityTypeId = test::entityTypeId(library, QStringLiteral("MISC"));
        const Result<CurationStep> edited = curation.decide(a, c, at(c, u"الأمم المتحدة"_qs), {mine});
        QVERIFY(edited);
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), QStringList{u"الأمم المتحدة/MISC"_qs});
        // Taking a side that has nothing there (reem's Amman) is a rejection as well.
        c = curation.compare(a).value();
        const Result<CurationStep> nothing = curation.accept(a, c, at(c, u"عمان"_qs), 1);
        QVERIFY(nothing);
        QCOMPARE(nothing->addedRejections.size(), 1);
        QCOMPARE(nothing->removedRejections.size(), 1);
        QCOMPARE(curation.compare(a).value().resolved(), 2);
        QVERIFY(!curation.accept(a, c, at(c, u"عمان"_qs), 2)); // no third layer
    }

    void relationsAndLabels_areDisagreementsToo()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = twoLayers(library);
        const qint64 said = test::relationTypeId(library, QStringLiteral("SAID"));
        QVERIFY(said > 0);
        const QList<Annotation> reems = layer(library, a, Reem);
        QVERIFY(RelationService(library, Reem).create({reems.at(0).id, reems.at(1).id, said}));
        QVERIFY(RelationService(library, Reem).setLabel(a, test::labelId(library, QStringLiteral("politics"))));
        QVERIFY(RelationService(library, Omar).setLabel(a, test::labelId(library, QStringLiteral("economy"))));
        Curation curation(library);
        LayerComparison c = curation.compare(a).value();
        QCOMPARE(c.disagreements.size(), 6);
        QCOMPARE(c.disagreements.first().kind, DisagreementKind::Label); // labels first
        const auto relation = std::find_if(c.disagreements.cbegin(), c.disagreements.cend(),
                                           [](const Disagreement& d) { return d.kind == DisagreementKind::Relation; });
        QVERIFY(relation != c.disagreements.cend());
        QCOMPARE(relation->relations.at(1).size(), 1);

        // Reem's relation comes with copies of both its ends.
        QVERIFY(curation.accept(a, c, *relation, 1));
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), (QStringList{u"بيروت/LOC"_qs, u"نبيل قاسم/PER"_qs}));
        const QList<Relation> relations = RelationService(library).relations(a).value();
        QCOMPARE(
            std::count_if(relations.cbegin(), relations.cend(), [](const Relation& r) { return r.author == u"gold"; }),
            1);
        // Omar's label for the set.
        QVERIFY(curation.accept(a, c, c.disagreements.first(), 0));
        QList<qint64> goldLabels;
        for (const ArticleLabel& l : RelationService(library).labels(a).value()) {
            if (l.author == Gold)
                goldLabels.append(l.labelId);
        }
        QCOMPARE(goldLabels, QList<qint64>{test::labelId(library, QStringLiteral("economy"))});
        c = curation.compare(a).value();
        QCOMPARE(c.resolved(), 3); // the label set, the relation and Beirut, whose span came with it
    }

    void acceptAgreed_takesEverythingAllAgreeOnOnce()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = twoLayers(library);
        const qint64 b = test::importBody(library, QStringLiteral("b.txt"), Body + QStringLiteral("وانتهى.\n"));
        QVERIFY(b > 0);
        for (const QString& who : {Reem, Omar}) {
            test::tagFirst(library, who, b, QStringLiteral("بيروت"), QStringLiteral("LOC"));
            QVERIFY(AnnotatorProgress(library).setDone(a, who, true));
        }
        Curation curation(library);
        // Over the articles both marked done: only a.
        const Result<CurationStep> step = curation.acceptAgreed({Reem, Omar});
        QVERIFY2(step, test::why(step).constData());
        QCOMPARE(step->addedSpans.size(), 1);
        QCOMPARE(quotesAndTypes(library, layer(library, a, Gold)), QStringList{u"نبيل قاسم/PER"_qs});
        QVERIFY(layer(library, b, Gold).isEmpty());
        QVERIFY(curation.acceptAgreed({Reem, Omar}).value().isEmpty()); // nothing twice
        QCOMPARE(curation.compare(a).value().resolved(), 0);            // agreed copies decide nothing
        // Named articles instead.
        QCOMPARE(curation.acceptAgreed({Reem, Omar}, {b}).value().addedSpans.size(), 1);
        QVERIFY(curation.undo(*step));
        QVERIFY(layer(library, a, Gold).isEmpty());
        QVERIFY(!curation.acceptAgreed({Reem}));
    }

    void progress_countsResolvedAndRemainingPerArticle()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = twoLayers(library);
        const qint64 lone = test::importBody(library, QStringLiteral("c.txt"), Body + QStringLiteral("وانتهى.\n"));
        QVERIFY(lone > 0);
        test::tagFirst(library, Reem, lone, QStringLiteral("بيروت"), QStringLiteral("LOC"));
        Curation curation(library);
        const LayerComparison c = curation.compare(a).value();
        QVERIFY(curation.reject(a, c, c.disagreements.at(0)));
        const Result<QList<CurationCount>> counts = curation.progress();
        QVERIFY2(counts, test::why(counts).constData());
        QCOMPARE(counts->size(), 1); // one layer is nothing to curate
        QCOMPARE(counts->at(0).articleId, a);
        QCOMPARE(counts->at(0).resolved, 1);
        QCOMPARE(counts->at(0).remaining, 3);
        QVERIFY(curation.progress({Reem, QStringLiteral("nobody")}).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCuration)
#include "tst_curation.moc"
