#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "import/importservice.h"
#include "search/searchservice.h"
#include "storage/statement.h"
#include "testsupport.h"
#include "versions/quotefinder.h"
#include "versions/reanchor.h"
#include "versions/textdiff.h"
#include "versions/versionservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hamish;
using namespace Qt::StringLiterals;

namespace {

const QString Url = u"https://example.com/summit"_s;
const QString First = u"الرياض تستضيف القمة العربية يوم الخميس المقبل بحضور الملك سلمان.\n"
                      u"وقال وزير الخارجية عادل الجبير إن القمة ستناقش الأزمة في اليمن.\n"_s;
// Words added before the names, a ta marbuta written as ha and the last sentence rewritten.
const QString Second = u"الرياض تستضيف القمة العربية الطارئة يوم الخميس المقبل بحضور خادم الحرمين الملك سلمان.\n"
                       u"وقال وزير الخارجيه عادل الجبير إن القمة ستبحث ملفات أخرى.\n"_s;

QList<PlacedSpan> placeAll(const QString& before, const QString& after, const QStringList& quotes)
{
    QList<AnchoredSpan> spans;
    for (const QString& quote : quotes) {
        const qsizetype at = before.indexOf(quote);
        spans.append({spans.size() + 1, at, at + quote.size()});
    }
    return reanchor(TextDiff(before, after), before, after, spans);
}

} // namespace

// Versions of articles and re-anchoring (issue 19).
class TestVersions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempLibrary> m_temp;

    QString writeCorpus(const QString& name, const QList<std::pair<QString, QString>>& articles)
    {
        QJsonArray array;
        for (const auto& [url, body] : articles)
            array.append(QJsonObject{{u"title"_s, u"القمة"_s}, {u"url"_s, url}, {u"content"_s, body}});
        const QString path = m_temp->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(QJsonDocument(array).toJson());
        return path;
    }

    qint64 tag(AnnotationService& service, qint64 article, const QString& body, const QString& text)
    {
        const qsizetype at = body.indexOf(text);
        const qint64 per = SchemaService(*m_temp->library).schema()->entityType(u"PER"_s)->id;
        const Result<Annotation> a =
            service.create({article, AnnotationKind::Entity, at, at + text.size(), per, {}, {}});
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        return a->id;
    }

    qint64 count(const QString& sql) { return *m_temp->library->database().queryInt(sql); }

private slots:
    void init() { m_temp = std::make_unique<test::TempLibrary>(); }

    void diffRunsAreCommonText()
    {
        const QString before = u"أ ب ج د هـ و ز ح ط ي ك ل م ن"_s;
        const QString after = u"أ ب ج X د هـ و ح ط ي ك ل م ن س"_s;
        const TextDiff diff(before, after);
        qsizetype common = 0, lastBefore = -1, lastAfter = -1;
        for (const CommonRun& run : diff.runs()) {
            QCOMPARE(before.mid(run.before, run.length), after.mid(run.after, run.length));
            QVERIFY(run.before > lastBefore && run.after > lastAfter);
            lastBefore = run.before;
            lastAfter = run.after;
            common += run.length;
        }
        QCOMPARE(diff.changedUnits(), before.size() + after.size() - 2 * common);
        QCOMPARE(diff.changedUnits(), 2 + 2 + 2); // "X " in, "ز " out, " س" in
        QCOMPARE(diff.mapSpan(0, 5), 0);
        QCOMPARE(diff.mapSpan(before.indexOf(u"ح"), before.indexOf(u"ح") + 5), after.indexOf(u"ح"));
        QCOMPARE(diff.mapSpan(before.indexOf(u"ز"), before.indexOf(u"ز") + 1), -1);
        QCOMPARE(TextDiff(before, before).runs(), (QList<CommonRun>{{0, 0, before.size()}}));
        QCOMPARE(TextDiff(u""_s, before).changedUnits(), before.size());
    }

    void placementsAreExactShiftedFuzzyOrOrphan()
    {
        const QList<PlacedSpan> placed =
            placeAll(First, Second, {u"الرياض"_s, u"الملك سلمان"_s, u"وزير الخارجية"_s, u"اليمن"_s});
        QCOMPARE(placed.size(), 4);
        QCOMPARE(placed[0].placement, Placement::Exact);
        QCOMPARE(placed[0].newStart, 0);
        QCOMPARE(placed[1].placement, Placement::Shifted);
        QCOMPARE(Second.mid(placed[1].newStart, placed[1].newEnd - placed[1].newStart), u"الملك سلمان"_s);
        // The fold makes ة and ه one letter: the quote is found, and recorded as fuzzy.
        QCOMPARE(placed[2].placement, Placement::Fuzzy);
        QCOMPARE(Second.mid(placed[2].newStart, placed[2].newEnd - placed[2].newStart), u"وزير الخارجيه"_s);
        QCOMPARE(placed[2].similarity, 1.0);
        QCOMPARE(placed[3].placement, Placement::Orphan);
        QCOMPARE(placed[3].newStart, -1);
    }

    void fuzzyPlacementToleratesEditsUpToTheThreshold()
    {
        const QString before = u"صرح المتحدث باسم وزارة الداخلية السعودية منصور التركي للصحفيين."_s;
        // One letter of the 20 changed (similarity 0.95) and harakat added: placed.
        const QString edited = u"صرّح المتحدث باسم وزارة الداخليه السعودية منصور التركى للصحفيين اليوم."_s;
        QList<PlacedSpan> placed = placeAll(before, edited, {u"وزارة الداخلية السعودية"_s, u"منصور التركي"_s});
        QCOMPARE(placed[0].placement, Placement::Fuzzy);
        QCOMPARE(edited.mid(placed[0].newStart, placed[0].newEnd - placed[0].newStart), u"وزارة الداخليه السعودية"_s);
        QCOMPARE(placed[1].placement, Placement::Fuzzy);
        QVERIFY(placed[1].similarity >= QuoteFinder::Threshold);
        QCOMPARE(edited.mid(placed[1].newStart, placed[1].newEnd - placed[1].newStart), u"منصور التركى"_s);
        // Too different: three letters of the twelve characters changed.
        const QString rewritten = u"صرح المتحدث باسم وزارة الداخلية السعودية منشور الطرقي للصحفيين."_s;
        placed = placeAll(before, rewritten, {u"منصور التركي"_s});
        QCOMPARE(placed[0].placement, Placement::Orphan);
    }

    void aParagraphMovedFarIsFoundByItsQuote()
    {
        QString filler;
        for (int i = 0; i < 400; ++i)
            filler += u"وأضاف البيان أن الاجتماع تناول قضايا المنطقة. "_s;
        const QString moved = u"وأعلن الأمين العام لجامعة الدول العربية نبيل العربي ترحيبه. "_s;
        const QString before = moved + filler;
        const QString after = filler + u"تعديل: "_s + moved;
        const QList<PlacedSpan> placed = placeAll(before, after, {u"نبيل العربي"_s});
        QCOMPARE(placed[0].placement, Placement::Fuzzy);
        QCOMPARE(placed[0].newStart, after.indexOf(u"نبيل العربي"_s));
    }

    void importByUrlMakesANewVersionAndCarriesEverything()
    {
        Library& library = *m_temp->library;
        ImportService import(library);
        const qint64 article = import.importFile(writeCorpus(u"1.json"_s, {{Url, First}})).added.value(0);
        QVERIFY(article > 0);
        AnnotationService annotations(library);
        RelationService relations(library);
        const qint64 king = tag(annotations, article, First, u"الملك سلمان"_s);
        const qint64 minister = tag(annotations, article, First, u"عادل الجبير"_s);
        const qint64 yemen = tag(annotations, article, First, u"اليمن"_s);
        Annotation noted = *annotations.annotation(king);
        noted.note = u"ملاحظة"_s;
        QVERIFY(annotations.update(noted));
        const qint64 met = SchemaService(library).schema()->relationType(u"MET"_s)->id;
        QVERIFY(relations.create({king, minister, met, {}, {}, {}}));
        QVERIFY(relations.create({minister, yemen, met, {}, {}, {}}));
        QVERIFY(annotations.addArticleNote(article, u"تابع التحديثات"_s));

        const FileReport report = import.importFile(writeCorpus(u"2.json"_s, {{Url, Second}}));
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY(report.added.isEmpty());
        QCOMPARE(report.versions.size(), 1);
        QCOMPARE(report.versions[0].articleId, article);
        QCOMPARE(report.versions[0].version, 2);
        QCOMPARE(report.versions[0].shifted, 2);
        QCOMPARE(report.versions[0].orphans, 1);

        QCOMPARE(library.articles().article(article)->body, Second);
        VersionService versions(library);
        const QList<ArticleVersion> list = *versions.versions(article);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].characters, First.size());
        QCOMPARE(list[1].characters, Second.size());
        QVERIFY(list[1].changed > 0);
        QCOMPARE(*versions.body(article, 1), First);
        QCOMPARE(*versions.body(article, 2), Second);
        QVERIFY(!versions.body(article, 3));

        const Annotation carried = *annotations.annotation(king);
        QCOMPARE(carried.start, Second.indexOf(u"الملك سلمان"_s));
        QCOMPARE(carried.note, u"ملاحظة"_s);
        QCOMPARE(relations.relations(article)->size(), 1); // the one to the orphan went with it
        QCOMPARE(annotations.articleNotes(article)->size(), 1);
        QVERIFY(!annotations.annotation(yemen));
        const QList<Orphan> orphans = *versions.orphans(article);
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans[0].version, 1);
        QCOMPARE(orphans[0].annotation.quote, u"اليمن"_s);
        QCOMPARE(orphans[0].relations.size(), 1);
        QCOMPARE(versions.reviewQueue(article)->size(), 1);
        QCOMPARE(versions.report(0)->size(), 3);

        // The search reads the new text.
        SearchService search(library);
        QCOMPARE(search.search(u"الطارئة"_s)->size(), 1);
        QCOMPARE(search.search(u"اليمن"_s)->size(), 0);
    }

    void textsTheArticleHadAreNotNewVersions()
    {
        ImportService import(*m_temp->library);
        const qint64 article = import.importFile(writeCorpus(u"1.json"_s, {{Url, First}})).added.value(0);
        QCOMPARE(import.importFile(writeCorpus(u"2.json"_s, {{Url, Second}})).versions.size(), 1);
        for (const QString& body : {First, Second}) {
            const FileReport again = import.importFile(writeCorpus(u"3.json"_s, {{Url, body}}));
            QVERIFY(again.versions.isEmpty());
            QVERIFY(again.added.isEmpty());
            QCOMPARE(again.duplicates.size(), 1);
            // Without its URL too.
            const FileReport bare = import.importFile(writeCorpus(u"4.json"_s, {{{}, body}}));
            QCOMPARE(bare.duplicates.size(), 1);
        }
        QCOMPARE(VersionService(*m_temp->library).versions(article)->size(), 2);
    }

    void versionsAreImmutable()
    {
        ImportService import(*m_temp->library);
        const qint64 article = import.importFile(writeCorpus(u"1.json"_s, {{Url, First}})).added.value(0);
        import.importFile(writeCorpus(u"2.json"_s, {{Url, Second}}));
        Database& db = m_temp->library->database();
        QVERIFY(!db.exec(u"UPDATE article_version SET body = 'x' WHERE article_id = %1"_s.arg(article)));
        QVERIFY(!db.exec(u"UPDATE article SET body = 'x' WHERE id = %1"_s.arg(article)));
        QVERIFY(!db.exec(u"DELETE FROM article_version WHERE article_id = %1 AND version = 1"_s.arg(article)));
        QCOMPARE(count(u"SELECT count(*) FROM article_version"_s), 2);
        // Deleting the article deletes its versions.
        QVERIFY(db.exec(u"DELETE FROM article WHERE id = %1"_s.arg(article)));
        QCOMPARE(count(u"SELECT count(*) FROM article_version"_s), 0);
    }

    void replacesNamesTheArticleAndTakesOneArticle()
    {
        ImportService import(*m_temp->library);
        const qint64 article = import.importFile(writeCorpus(u"1.json"_s, {{{}, First}})).added.value(0);
        ImportOptions options;
        options.replaces = article;
        FileReport two = import.importFile(writeCorpus(u"2.json"_s, {{{}, Second}, {{}, u"نص آخر"_s}}), options);
        QVERIFY(!two.succeeded());
        QVERIFY(two.error.contains(u"one article"_s));
        QCOMPARE(count(u"SELECT count(*) FROM article_version"_s), 0);
        QCOMPARE(m_temp->library->articles().article(article)->body, First);
        options.replaces = article + 100;
        QVERIFY(!import.importFile(writeCorpus(u"3.json"_s, {{{}, Second}}), options).succeeded());
        options.replaces = article;
        const FileReport one = import.importFile(writeCorpus(u"4.json"_s, {{{}, Second}}), options);
        QVERIFY2(one.succeeded(), qPrintable(one.error));
        QCOMPARE(one.versions.value(0).version, 2);
        QCOMPARE(m_temp->library->articles().article(article)->body, Second);
    }

    void aTeamLibraryRefusesVersionsAndKeepsItsText()
    {
        ImportService import(*m_temp->library);
        const qint64 article = import.importFile(writeCorpus(u"1.json"_s, {{Url, First}})).added.value(0);
        QVERIFY(m_temp->library->database().exec(u"INSERT INTO sync_state VALUES ('project', 'news')"_s));
        const FileReport report = import.importFile(writeCorpus(u"2.json"_s, {{Url, Second}}));
        QVERIFY(!report.succeeded());
        QVERIFY(report.error.contains(u"team"_s));
        QCOMPARE(m_temp->library->articles().article(article)->body, First);
    }

    void reviewActionsAreUndoable()
    {
        Library& library = *m_temp->library;
        ImportService import(library);
        const qint64 article = import.importFile(writeCorpus(u"1.json"_s, {{Url, First}})).added.value(0);
        AnnotationService annotations(library);
        RelationService relations(library);
        const qint64 minister = tag(annotations, article, First, u"عادل الجبير"_s);
        const qint64 office = tag(annotations, article, First, u"وزير الخارجية"_s);
        const qint64 yemen = tag(annotations, article, First, u"اليمن"_s);
        const qint64 met = SchemaService(library).schema()->relationType(u"MET"_s)->id;
        QVERIFY(relations.create({minister, yemen, met, {}, {}, {}}));
        import.importFile(writeCorpus(u"2.json"_s, {{Url, Second}}));
        VersionService versions(library, &annotations);
        QList<PlacementRecord> queue = *versions.reviewQueue(article);
        QCOMPARE(queue.size(), 2); // the fuzzy office, the orphaned Yemen
        const PlacementRecord fuzzy = queue[0].annotationId == office ? queue[0] : queue[1];
        const PlacementRecord orphan = queue[0].annotationId == yemen ? queue[0] : queue[1];
        QCOMPARE(orphan.placement, Placement::Orphan);

        // Accept, and undo.
        Result<ReviewState> before = versions.accept(fuzzy);
        QVERIFY2(before, test::why(before).constData());
        QCOMPARE(versions.reviewQueue(article)->size(), 1);
        QVERIFY(versions.restore(*before));
        QCOMPARE(versions.reviewQueue(article)->size(), 2);

        // Re-place the orphan: it comes back with its relation; undo makes it an orphan again.
        const qsizetype at = Second.indexOf(u"ملفات"_s);
        before = versions.replace(orphan, at, at + 5);
        QVERIFY2(before, test::why(before).constData());
        const Annotation back = *annotations.annotation(yemen);
        QCOMPARE(back.quote, u"ملفات"_s);
        QCOMPARE(relations.relations(article)->size(), 1);
        QVERIFY(versions.orphans(article)->isEmpty());
        QCOMPARE(versions.report(article)->value(2).review, u"replaced"_s);
        QVERIFY(versions.restore(*before));
        QVERIFY(!annotations.annotation(yemen));
        QCOMPARE(versions.orphans(article)->size(), 1);
        QCOMPARE(relations.relations(article)->size(), 0);

        // Delete the fuzzy one, and undo.
        before = versions.discard(fuzzy);
        QVERIFY(before);
        QVERIFY(!annotations.annotation(office));
        QVERIFY(versions.restore(*before));
        QCOMPARE(annotations.annotation(office)->quote, u"وزير الخارجيه"_s);
        QVERIFY(!versions.replace(fuzzy, 5, 2));

        // An annotation deleted by other means leaves the queue.
        QVERIFY(annotations.remove({office}));
        QCOMPARE(versions.reviewQueue(article)->size(), 1);
    }

    void aShortQuoteDeletedFromItsSentenceIsNotMovedToAnotherMention()
    {
        const QString before = u"زار الوزير اليمن أمس. وفي سياق آخر، ناقش المجلس ملف اليمن مطولا."_s;
        const QString after = u"زار الوزير عدن أمس. وفي سياق آخر، ناقش المجلس ملف اليمن مطولا."_s;
        const QList<PlacedSpan> placed = placeAll(before, after, {u"اليمن"_s});
        QCOMPARE(placed[0].placement, Placement::Orphan);
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
