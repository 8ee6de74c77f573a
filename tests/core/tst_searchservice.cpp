#include "search/searchquery.h"
#include "search/searchservice.h"
#include "storage/library.h"
#include "storage/statement.h"
#include "testsupport.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"
#include "versions/versionservice.h"

#include <QTest>

using namespace hamish;

namespace {

struct Fixture
{
    test::TempLibrary temp;
    QMap<QString, qint64> ids;

    void add(const QString& key, const QString& title, const QString& body)
    {
        Article a;
        a.title = title;
        a.body = body;
        a.importedAt = test::fixedNow();
        ids.insert(key, temp.library->articles().insert(a).value());
    }
};

QList<qint64> hitIds(const Result<QList<SearchHit>>& hits)
{
    QList<qint64> ids;
    for (const SearchHit& hit : *hits)
        ids.append(hit.articleId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Stores one article of that title and body in `temp`'s library; returns its id.
qint64 insertArticle(test::TempLibrary& temp, const QString& title, const QString& body)
{
    Article a;
    a.title = title;
    a.body = body;
    a.importedAt = test::fixedNow();
    return temp.library->articles().insert(a).value_or(-1);
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

private:
    Fixture* m_fixture = nullptr;

private slots:
    void initTestCase()
    {
        m_fixture = new Fixture;
        m_fixture->add(QStringLiteral("vocalised"), QStringLiteral("خبر أول"),
                       QStringLiteral("ذَهَبَ الوَفْدُ إلى مَكَّةَ المُكَرَّمَةِ يومَ الأحد."));
        m_fixture->add(QStringLiteral("clitics"), QStringLiteral("خبر ثان"),
                       QStringLiteral("وصل الوزير إلى الرياض والدوحة، ثم عاد بالسعودية وللسعودية أيضاً."));
        m_fixture->add(
            QStringLiteral("tatweel"), QStringLiteral("خبر ثالث"),
            QStringLiteral("تظاهرات في مـــصر وأحمد يكتب عن إيران مع 👨🏻‍🚒 "
                           "ومستشفى."));
        m_fixture->add(QStringLiteral("titleOnly"), QStringLiteral("الدوحة تستضيف المؤتمر"),
                       QStringLiteral("نص لا يذكر المدينة."));
        m_fixture->add(QStringLiteral("suffix"), QStringLiteral("خبر خامس"),
                       QStringLiteral("قال السعوديين والمصري إن مصرف البلد مفتوح."));
        // Real news: a ZWNJ typed inside a word, and Farsi yeh and keheh (SaudiNewsNet's سیاسیة).
        m_fixture->add(QStringLiteral("joiners"), QStringLiteral("خبر سادس"),
                       QStringLiteral("زار الوفد المنا\u200Cمة ثم القد\u200Dس لأهداف سیاسیة وکتب تقریراً."));
    }

    void cleanupTestCase() { delete m_fixture; }

    void search_ignoresOrthographicVariation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no harakat") << QStringLiteral("ذهب") << QStringList{QStringLiteral("vocalised")};
        QTest::newRow("ta marbuta as ha") << QStringLiteral("مكه") << QStringList{QStringLiteral("vocalised")};
        QTest::newRow("alef maqsura as ya")
            << QStringLiteral("الي") << QStringList{QStringLiteral("vocalised"), QStringLiteral("clitics")};
        QTest::newRow("bare alef for hamza") << QStringLiteral("احمد") << QStringList{QStringLiteral("tatweel")};
        QTest::newRow("hamza in the query") << QStringLiteral("إيران") << QStringList{QStringLiteral("tatweel")};
        QTest::newRow("tatweel in text") << QStringLiteral("مصر") << QStringList{QStringLiteral("tatweel")};
        QTest::newRow("tatweel in query") << QStringLiteral("مـصر") << QStringList{QStringLiteral("tatweel")};
        QTest::newRow("wa+al") << QStringLiteral("الدوحة")
                               << QStringList{QStringLiteral("clitics"), QStringLiteral("titleOnly")};
        QTest::newRow("bi+al and li+al") << QStringLiteral("السعودية") << QStringList{QStringLiteral("clitics")};
        QTest::newRow("diacritised query") << QStringLiteral("الرِّيَاض") << QStringList{QStringLiteral("clitics")};
        QTest::newRow("suffixes are other words") << QStringLiteral("مصري") << QStringList{};
        QTest::newRow("prefix query") << QStringLiteral("مستشف*") << QStringList{QStringLiteral("tatweel")};
        QTest::newRow("phrase") << QStringLiteral("\"مكة المكرمة\"") << QStringList{QStringLiteral("vocalised")};
        QTest::newRow("zero-width non-joiner in the text")
            << QStringLiteral("المنامة") << QStringList{QStringLiteral("joiners")};
        QTest::newRow("zero-width joiner in the text")
            << QStringLiteral("القدس") << QStringList{QStringLiteral("joiners")};
        QTest::newRow("Farsi yeh in the text") << QStringLiteral("سياسية") << QStringList{QStringLiteral("joiners")};
        QTest::newRow("keheh in the text") << QStringLiteral("كتب") << QStringList{QStringLiteral("joiners")};
        QTest::newRow("joiner in the query")
            << QStringLiteral("سيا\u200Cسية") << QStringList{QStringLiteral("joiners")};
        QTest::newRow("exclusion") << QStringLiteral("خبر -مكة")
                                   << QStringList{QStringLiteral("clitics"), QStringLiteral("tatweel"),
                                                  QStringLiteral("suffix"), QStringLiteral("joiners")};
    }

    void search_ignoresOrthographicVariation()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        SearchService search(*m_fixture->temp.library);
        const auto hits = search.search(query);
        QVERIFY2(hits, test::why(hits).constData());
        QList<qint64> expectedIds;
        for (const QString& key : expected)
            expectedIds.append(m_fixture->ids.value(key));
        std::sort(expectedIds.begin(), expectedIds.end());
        QCOMPARE(hitIds(hits), expectedIds);
    }

    void search_snippetMarksTheOriginalDiacritisedWord()
    {
        SearchService search(*m_fixture->temp.library);
        const auto hits = search.search(QStringLiteral("مكه"));
        QVERIFY(hits && hits->size() == 1);
        const QString marked = SnippetMatchStart + QStringLiteral("مَكَّةَ") + SnippetMatchEnd;
        QVERIFY2(hits->first().snippet.contains(marked), qPrintable(hits->first().snippet));
    }

    void search_withoutSnippets_ranksTheSameAndMakesThemOnDemand()
    {
        SearchService search(*m_fixture->temp.library);
        const auto full = search.search(QStringLiteral("الدوحة"));
        const auto bare = search.search(QStringLiteral("الدوحة"), 100, SearchService::Snippets::Skip);
        QVERIFY(full && bare && bare->size() == full->size() && !bare->isEmpty());
        for (qsizetype i = 0; i < bare->size(); ++i) {
            QCOMPARE(bare->at(i).articleId, full->at(i).articleId);
            QCOMPARE(bare->at(i).title, full->at(i).title);
            QVERIFY(bare->at(i).snippet.isEmpty());
            const auto later = search.snippet(QStringLiteral("الدوحة"), bare->at(i).articleId);
            QVERIFY(later);
            QCOMPARE(*later, full->at(i).snippet);
        }
    }

    void search_titleMatchRanksFirst()
    {
        SearchService search(*m_fixture->temp.library);
        const auto hits = search.search(QStringLiteral("الدوحة"));
        QVERIFY(hits && hits->size() == 2);
        QCOMPARE(hits->first().articleId, m_fixture->ids.value(QStringLiteral("titleOnly")));
    }

    void search_findsWordsOfCharactersOutsideTheBmp()
    {
        test::TempLibrary temp;
        const qint64 id = insertArticle(
            temp, QStringLiteral("رموز"),
            QStringLiteral("👨🏻‍🚒 نص فيه الكلمة 𐤀𐤁𐤂 بحروف فينيقية."));
        QVERIFY(id > 0);
        const auto hits = SearchService(*temp.library).search(QStringLiteral("𐤀𐤁𐤂"));
        QVERIFY(hits && hits->size() == 1);
        QCOMPARE(hits->first().articleId, id);
        QVERIFY2(hits->first().snippet.contains(SnippetMatchStart + QStringLiteral("𐤀𐤁𐤂") + SnippetMatchEnd),
                 qPrintable(hits->first().snippet));
    }

    void search_snippetMarksEachMatch_afterWordsThatFoldToNothing()
    {
        // A snippet maps the index's token positions back to the text. Words of marks or tatweel
        // alone are no tokens, and a proclitic's readings share their word's place: the marks
        // must still land on the matches, not on the words beside them.
        test::TempLibrary temp;
        QVERIFY(insertArticle(temp, QStringLiteral("عنوان"),
                              QStringLiteral("ـــ قال َّ 𐤀𐤁 وبالدوحة ـ ًٌ اجتماع ثم الدوحة والرياض ـــ الدوحة."))
                > 0);
        const auto hits = SearchService(*temp.library).search(QStringLiteral("الدوحة"));
        QVERIFY(hits && hits->size() == 1);
        const QString mark = SnippetMatchStart + QStringLiteral("الدوحة") + SnippetMatchEnd;
        const QString expected = QStringLiteral("ـــ قال َّ 𐤀𐤁 ") + SnippetMatchStart + QStringLiteral("وبالدوحة")
                                 + SnippetMatchEnd + QStringLiteral(" ـ ًٌ اجتماع ثم ") + mark
                                 + QStringLiteral(" والرياض ـــ ") + mark + QStringLiteral(".");
        QCOMPARE(hits->first().snippet, expected);
    }

    void rank_equalsBm25_throughInsertsEditsAndDeletes()
    {
        // hamish_rank keeps the rows' lengths it has read: after each change to the library it
        // must still give bm25()'s exact scores, longer and shorter texts included.
        Fixture f;
        Database& db = f.temp.library->database();
        const auto compare = [&](const QString& query) {
            const QString expression = SearchQuery::toFts(query).value();
            Result<Statement> both = db.prepare(QStringLiteral(
                "SELECT rowid, hamish_rank(article_fts, 4.0, 1.0), bm25(article_fts, 4.0, 1.0),"
                " hamish_rank(article_fts), bm25(article_fts) FROM article_fts WHERE article_fts MATCH ?1"));
            QVERIFY(both);
            both->bind(1, expression);
            int rows = 0;
            while (both->step().value()) {
                ++rows;
                QCOMPARE(both->real(1), both->real(2));
                QCOMPARE(both->real(3), both->real(4));
                QVERIFY(both->real(1) < 0);
            }
            QVERIFY2(rows > 0, qPrintable(query));
        };
        const QString words = QStringLiteral("الوزير يزور الرياض 🙂 ");
        for (int i = 1; i <= 12; ++i)
            f.add(QString::number(i), i % 3 ? QStringLiteral("خبر") : QStringLiteral("الوزير في الرياض"),
                  words.repeated(i) + QStringLiteral("والدوحة."));
        compare(QStringLiteral("الوزير"));
        compare(QStringLiteral("الرياض OR الدوحة"));
        compare(QStringLiteral("\"يزور الرياض\" الوزير"));
        // The same rows, now another length (new versions), and fewer of them: every kept length
        // is stale.
        VersionService versions(*f.temp.library);
        const auto newText = [&](VersionService& service, const QString& key, const QString& body) {
            const auto added = service.addVersion(f.ids.value(key), body);
            QVERIFY2(added && *added, added ? "same text" : qPrintable(added.error()));
        };
        newText(versions, QStringLiteral("2"), QStringLiteral("الوزير"));
        newText(versions, QStringLiteral("5"), words.repeated(20));
        compare(QStringLiteral("الوزير"));
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        QVERIFY(f.temp.library->articles().moveToTrash(f.ids.value(QStringLiteral("12")), test::fixedNow()));
        QVERIFY(f.temp.library->articles().deleteTrashed());
        f.add(QStringLiteral("13"), QStringLiteral("خبر"), QStringLiteral("الوزير الوزير الوزير"));
        compare(QStringLiteral("الوزير")); // inside a transaction not yet committed
        QVERIFY(db.exec(QStringLiteral("COMMIT")));
        compare(QStringLiteral("الوزير"));
        // A new text written by another connection to the same file.
        {
            auto other = Library::open(f.temp.path()).value();
            VersionService elsewhere(*other);
            newText(elsewhere, QStringLiteral("7"), QStringLiteral("الوزير الرياض"));
        }
        compare(QStringLiteral("الوزير"));
    }

    void search_badSyntax_givesAMessage()
    {
        SearchService search(*m_fixture->temp.library);
        const auto hits = search.search(QStringLiteral("\"غير مغلق"));
        QVERIFY(!hits);
        QVERIFY(hits.error().contains(QStringLiteral("quotation")));
    }

    // The index must agree with a plain scan that folds and strips proclitics word by word.
    void search_agreesWithABruteForceScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const char16_t* q : {u"السعودية", u"الوزير", u"مكة", u"مصر", u"نص", u"إلى", u"المدينة", u"البلد"})
            QTest::newRow(QString::fromUtf16(q).toUtf8().constData()) << QString::fromUtf16(q);
    }

    void search_agreesWithABruteForceScan()
    {
        QFETCH(QString, query);
        SearchService search(*m_fixture->temp.library);
        const QString folded = foldForSearch(query);
        QList<qint64> expected;
        for (qint64 id : m_fixture->ids) {
            const Article a = m_fixture->temp.library->articles().article(id).value();
            const QString text = a.title + u'\n' + a.body;
            for (const WordSpan& w : findWords(text)) {
                if (wordMentions(foldForSearch(QStringView(text).sliced(w.start, w.end - w.start)), folded)) {
                    expected.append(id);
                    break;
                }
            }
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(hitIds(search.search(query)), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
