#include "agreement/agreementservice.h"
#include "agreement/annotatorprogress.h"
#include "agreement/layermerge.h"
#include "agreement/tokentags.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemastore.h"
#include "formats/exportservice.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "layerfixture.h"
#include "storage/library.h"
#include "testsupport.h"
#include "text/tokens.h"

#include <QTest>

#include <cmath>

using namespace hamish;

namespace {

const QString Body = QStringLiteral("قال الرئيس نبيل قاسم في بيروت إن الأمم المتحدة ستدعم الخطة.\n"
                                    "وزار وفد من جامعة الدول العربية مدينة عمان أمس 🙂 ثم عاد.\n");

using test::importBody;

// Tags `text` (its first occurrence in the body) as `type` in `author`'s layer.
void tag(Library& library, const QString& author, qint64 article, const QString& text, const QString& type)
{
    QVERIFY2(test::tagFirst(library, author, article, text, type) > 0, qPrintable(text));
}

QList<TextSpan> tokensOf(const QString& body)
{
    QList<TextSpan> out;
    for (const QList<TextSpan>& sentence : icuSentences(body))
        out.append(sentence);
    return out;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void progress_marksDoneAndListsStartedWork()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = importBody(library, QStringLiteral("a.txt"), Body);
        AnnotatorProgress progress(library);
        QCOMPARE(progress.state(a, QStringLiteral("reem")), WorkState::NotStarted);
        tag(library, QStringLiteral("reem"), a, QStringLiteral("بيروت"), QStringLiteral("LOC"));
        QCOMPARE(progress.state(a, QStringLiteral("reem")), WorkState::InProgress);
        QVERIFY(progress.setDone(a, QStringLiteral("reem"), true));
        QCOMPARE(progress.state(a, QStringLiteral("reem")), WorkState::Done);
        QVERIFY(progress.setDone(a, QStringLiteral("omar"), true)); // done with nothing tagged
        const QList<ArticleProgress> started = progress.started().value();
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0).annotator, QStringLiteral("omar"));
        QCOMPARE(started.at(1).state, WorkState::Done);
        QCOMPARE(progress.annotators().value(), (QStringList{QStringLiteral("omar"), QStringLiteral("reem")}));
        QVERIFY(progress.setDone(a, QStringLiteral("reem"), false));
        QCOMPARE(progress.state(a, QStringLiteral("reem")), WorkState::InProgress);
        QVERIFY(!progress.setDone(a + 100, QStringLiteral("reem"), true)); // no such article
        QVERIFY(!progress.setDone(a, QStringLiteral("  "), true));
    }

    void iob2Levels_areTheTagsTheConllExportWrites_nonBmpTextIncluded()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = importBody(library, QStringLiteral("a.txt"), Body);
        tag(library, QStringLiteral("annotator"), a, QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(library, QStringLiteral("annotator"), a, QStringLiteral("جامعة الدول العربية"), QStringLiteral("ORG"));
        tag(library, QStringLiteral("annotator"), a, QStringLiteral("الدول العربية"), QStringLiteral("LOC"));
        tag(library, QStringLiteral("annotator"), a, QStringLiteral("عاد"), QStringLiteral("MISC")); // after 🙂
        const QString out = temp.dir.filePath(QStringLiteral("out.conll"));
        ExportOptions options;
        options.conllNested = true;
        QVERIFY(ExportService(library).exportTo(ExportFormat::Conll, {a}, out, options));
        QStringList exported0, exported1;
        for (const QString& line : QString::fromUtf8(test::readFile(out)).split(u'\n')) {
            const QStringList columns = line.split(u' ');
            if (columns.size() < 2)
                continue;
            exported0.append(columns.at(1));
            exported1.append(columns.value(2, QStringLiteral("O")));
        }
        const QString body = library.articles().article(a).value().body;
        // The types by code, as the export names them.
        QList<TypedSpan> spans;
        for (const Annotation& x : library.annotations().forArticle(a).value()) {
            for (const EntityType& t : library.annotations().entityTypes().value()) {
                if (t.id == x.entityTypeId)
                    spans.append({x.start, x.end, t.code});
            }
        }
        const QList<QStringList> levels = iob2Levels(tokensOf(body), spans);
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels.at(0), exported0);
        QCOMPARE(levels.at(1), exported1);
        QVERIFY(levels.at(0).contains(QStringLiteral("B-MISC")));
        QVERIFY(levels.at(1).contains(QStringLiteral("B-LOC")));
    }

    void twoAnnotators_kappaAndSpanF1_overTheArticlesBothFinished()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = importBody(library, QStringLiteral("a.txt"), Body);
        const qint64 b = importBody(library, QStringLiteral("b.txt"), QStringLiteral("خبر آخر عن تونس اليوم.\n"));
        const QString reem = QStringLiteral("reem"), omar = QStringLiteral("omar");
        tag(library, reem, a, QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(library, reem, a, QStringLiteral("بيروت"), QStringLiteral("LOC"));
        tag(library, reem, a, QStringLiteral("جامعة الدول العربية"), QStringLiteral("ORG"));
        tag(library, omar, a, QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
        tag(library, omar, a, QStringLiteral("بيروت"), QStringLiteral("ORG"));         // another type
        tag(library, omar, a, QStringLiteral("الدول العربية"), QStringLiteral("ORG")); // other bounds
        tag(library, omar, b, QStringLiteral("تونس"), QStringLiteral("LOC"));          // b is not done
        AnnotatorProgress progress(library);
        AgreementService service(library);
        QVERIFY(!service.compute()); // nobody finished anything
        QVERIFY(progress.setDone(a, reem, true));
        const Result<AgreementReport> one = service.compute();
        QVERIFY(!one);
        QVERIFY2(one.error().contains(QStringLiteral("two annotators")), qPrintable(one.error()));
        QVERIFY(progress.setDone(a, omar, true));
        QVERIFY(progress.setDone(b, omar, true));

        const Result<AgreementReport> report = service.compute();
        QVERIFY2(report, test::why(report).constData());
        QCOMPARE(report->pairs.size(), 1);
        const PairAgreement& pair = report->pairs.first();
        QCOMPARE(pair.articles, 1);
        const QList<TextSpan> tokens = tokensOf(library.articles().article(a).value().body);
        QCOMPARE(pair.tokens, qint64(tokens.size()));
        // κ over the same tags computed here.
        const auto tagsOf = [&](const QString& author) {
            QList<TypedSpan> spans;
            for (const Annotation& x : library.annotations().forArticle(a).value()) {
                if (x.author != author)
                    continue;
                for (const EntityType& t : library.annotations().entityTypes().value()) {
                    if (t.id == x.entityTypeId)
                        spans.append({x.start, x.end, t.code});
                }
            }
            return iob2Levels(tokens, spans).at(0);
        };
        QCOMPARE(pair.kappa, cohenKappa(tagsOf(omar), tagsOf(reem)));
        QVERIFY(pair.kappa > 0.3 && pair.kappa < 1);
        // Spans: one exact of three each; PER 1/1 exact.
        const SpanAgreement& micro = pair.spans.last();
        QCOMPARE(micro.type, QStringLiteral("micro"));
        QCOMPARE(micro.spansA + micro.spansB, 6);
        QCOMPARE(micro.exact, 1);
        QVERIFY(std::abs(micro.exactF1() - 2.0 / 6.0) < 1e-12);
        // Overlap: ORG's "الدول العربية" overlaps "جامعة الدول العربية"; LOC against ORG does not.
        for (const SpanAgreement& s : pair.spans) {
            if (s.type == u"ORG") {
                QCOMPARE(s.spansA + s.spansB, 3);
                QCOMPARE(s.overlappedA + s.overlappedB, 2);
            }
        }
        QVERIFY(pair.nestedKappa.isEmpty());
    }

    void manyArticles_eachComparedWithItsOwnTextAndTags_acrossReadChunks()
    {
        // More articles than one read chunk, each of its own length: every article's tokens and
        // tags must count once, against its own text.
        test::TempLibrary temp;
        Library& library = *temp.library;
        const QString reem = QStringLiteral("reem"), omar = QStringLiteral("omar");
        AnnotatorProgress progress(library);
        qint64 tokens = 0;
        int agreeing = 0;
        for (int i = 0; i < 150; ++i) {
            const QString body =
                Body + QStringLiteral("كلمة ").repeated(i % 7) + QString::number(i) + QStringLiteral(" 🙂.\n");
            const qint64 id = importBody(library, QStringLiteral("%1.txt").arg(i), body);
            tokens += tokensOf(body).size();
            tag(library, reem, id, QStringLiteral("بيروت"), QStringLiteral("LOC"));
            tag(library, omar, id, QStringLiteral("بيروت"), i % 3 == 0 ? QStringLiteral("ORG") : QStringLiteral("LOC"));
            agreeing += i % 3 == 0 ? 0 : 1;
            QVERIFY(progress.setDone(id, reem, true));
            QVERIFY(progress.setDone(id, omar, true));
        }
        const Result<AgreementReport> report = AgreementService(library).compute();
        QVERIFY2(report, test::why(report).constData());
        const PairAgreement& pair = report->pairs.first();
        QCOMPARE(pair.articles, 150);
        QCOMPARE(pair.tokens, tokens);
        const SpanAgreement& micro = pair.spans.last();
        QCOMPARE(micro.spansA + micro.spansB, 300);
        QCOMPARE(micro.exact, agreeing);
    }

    void mergeAgreed_copiesSpansRelationsAndLabelsAllAgreeOn_inOneStep()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = importBody(library, QStringLiteral("a.txt"), Body);
        qint64 said = 0, politics = 0, economy = 0;
        for (const RelationType& t : SchemaStore(library.database()).relationTypes().value()) {
            if (t.code == u"SAID")
                said = t.id;
        }
        for (const LabelSet& set : SchemaStore(library.database()).labelSets().value()) {
            for (const Label& l : set.labels) {
                if (l.code == u"politics")
                    politics = l.id;
                if (l.code == u"economy")
                    economy = l.id;
            }
        }
        for (const QString& who : {QStringLiteral("reem"), QStringLiteral("omar")}) {
            tag(library, who, a, QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
            tag(library, who, a, QStringLiteral("بيروت"), QStringLiteral("LOC"));
            QList<qint64> ids;
            for (const Annotation& x : library.annotations().forArticle(a).value()) {
                if (x.author == who)
                    ids.append(x.id);
            }
            RelationService relations(library, who);
            QVERIFY(relations.create({ids.at(0), ids.at(1), said}));
            QVERIFY(relations.setLabel(a, politics));
            QVERIFY(AnnotatorProgress(library).setDone(a, who, true));
        }
        QVERIFY(RelationService(library, QStringLiteral("omar")).setLabel(a, economy));
        tag(library, QStringLiteral("omar"), a, QStringLiteral("عمان"), QStringLiteral("LOC"));

        const Result<MergeReport> merged = LayerMerge(library).agreed(QStringLiteral("gold"));
        QVERIFY2(merged, test::why(merged).constData());
        QCOMPARE(merged->articles, 1);
        QCOMPARE(merged->spansAdded, 2);
        QCOMPARE(merged->relationsAdded, 1);
        QCOMPARE(merged->labelsAdded, 1);
        QCOMPARE(merged->leftForCuration, 2); // omar's Amman and his second label
        int gold = 0;
        for (const Annotation& x : library.annotations().forArticle(a).value())
            gold += x.author == u"gold";
        QCOMPARE(gold, 2);
        const QList<Relation> relations = RelationService(library).relations(a).value();
        QCOMPARE(
            std::count_if(relations.cbegin(), relations.cend(), [](const Relation& r) { return r.author == u"gold"; }),
            1);
        // Again: nothing new.
        QCOMPARE(LayerMerge(library).agreed(QStringLiteral("gold"))->added(), 0);
        QVERIFY(!LayerMerge(library).agreed(QStringLiteral("gold"), {QStringLiteral("reem")}));
    }

    void threeAnnotators_alphaAndFleiss_andLabelKappa()
    {
        test::TempLibrary temp;
        Library& library = *temp.library;
        const qint64 a = importBody(library, QStringLiteral("a.txt"), Body);
        const QStringList people{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")};
        for (const QString& p : people) {
            tag(library, p, a, QStringLiteral("نبيل قاسم"), QStringLiteral("PER"));
            tag(library, p, a, QStringLiteral("عمان"), p == u"a3" ? QStringLiteral("PER") : QStringLiteral("LOC"));
            QVERIFY(AnnotatorProgress(library).setDone(a, p, true));
        }
        qint64 politics = 0, economy = 0;
        for (const LabelSet& set : SchemaStore(library.database()).labelSets().value()) {
            for (const Label& l : set.labels) {
                if (l.code == u"politics")
                    politics = l.id;
                if (l.code == u"economy")
                    economy = l.id;
            }
        }
        QVERIFY(RelationService(library, people.at(0)).setLabel(a, politics));
        QVERIFY(RelationService(library, people.at(1)).setLabel(a, economy));
        const AgreementReport report = AgreementService(library).compute().value();
        QCOMPARE(report.annotators, people);
        QCOMPARE(report.pairs.size(), 3);
        QCOMPARE(report.commonArticles, 1);
        QVERIFY(report.alpha > 0 && report.alpha < 1);
        QVERIFY(report.fleiss > 0 && report.fleiss < 1);
        QCOMPARE(report.pairs.at(0).kappa, 1.0); // a1 and a2 agree on every token
        QVERIFY(report.pairs.at(0).labelKappa.contains(QStringLiteral("topic")));
        // Only two of them compared: no α.
        const AgreementReport two = AgreementService(library).compute({people.at(0), people.at(2)}).value();
        QCOMPARE(two.pairs.size(), 1);
        QVERIFY(std::isnan(two.alpha));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
