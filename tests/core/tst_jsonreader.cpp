#include "import/articleinput.h"
#include "import/importservice.h"
#include "import/jsonreader.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

namespace {

Result<ParsedFile> previewOf(const QString& name, const QByteArray& json)
{
    return ImportService::preview(ArticleInput::memory(name, json), {});
}

} // namespace

// Corpora go through one path: JsonRecordStream cuts records, JsonArticleReader reads each.
class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void array_mapsFieldsAndSkipsEmptyContent()
    {
        const auto parsed =
            ImportService::preview(ArticleInput::file(test::dataPath(QStringLiteral("import/articles.json"))), {});
        QVERIFY2(parsed, test::why(parsed).constData());
        QCOMPARE(parsed->format, ArticleFormat::Json);
        QCOMPARE(parsed->articles.size(), 3);
        QCOMPARE(parsed->warnings.size(), 1);
        QVERIFY2(parsed->warnings.first().contains(QStringLiteral("record 2")), qPrintable(parsed->warnings.first()));
        const Article& first = parsed->articles.first();
        QCOMPARE(first.title, QStringLiteral("خبر أول"));
        QCOMPARE(first.author, QStringLiteral("كاتب أول"));
        QCOMPARE(first.source, QStringLiteral("تجريبي"));
        QCOMPARE(first.url, QStringLiteral("http://example.org/1"));
        QCOMPARE(first.date, QStringLiteral("2015-07-23 10:00:00"));
        const Article& third = parsed->articles.at(1);
        QCOMPARE(third.body, QStringLiteral("خبر بلا عنوان يتحدث عن جدة والمدينة المنورة.\nسطر ثان."));
        QCOMPARE(third.date, QStringLiteral("2015-07-24"));
    }

    void lines_reportTheLineOfAMalformedRecord()
    {
        const auto parsed = ImportService::preview(
            ArticleInput::file(test::dataPath(QStringLiteral("import/malformed-line3.jsonl"))), {});
        QVERIFY(!parsed);
        QCOMPARE(parsed.problem().line, 3);
        QVERIFY2(parsed.error().contains(QStringLiteral("malformed-line3.jsonl: line 3: record 3")),
                 qPrintable(parsed.error()));
    }

    void notAnArrayOfObjects_isRefused()
    {
        QVERIFY(!previewOf(QStringLiteral("x.json"), "[\"title\"]"));
        const auto nested = previewOf(QStringLiteral("x.json"), "[1]");
        QVERIFY(!nested);
        QVERIFY2(nested.error().contains(QStringLiteral("record 1")), qPrintable(nested.error()));
    }

    void deepNesting_isRefusedNotCrashed()
    {
        const QByteArray deep = "[{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}]";
        const auto parsed = previewOf(QStringLiteral("deep.json"), deep);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().contains(QStringLiteral("nested too deeply")));
    }

    // QJsonDocument turns \u0000 into a NUL in the body and a lone surrogate into U+FFFD; both
    // are refused with the record named.
    void escapedNulOrLoneSurrogate_isRefused_namingTheRecord_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NUL in the content")
            << QByteArray("{\"title\":\"a\",\"content\":\"نص\\u0000نص\"}") << QStringLiteral("NUL");
        QTest::newRow("NUL in the title")
            << QByteArray("{\"title\":\"\\u0000\",\"content\":\"نص\"}") << QStringLiteral("NUL");
        QTest::newRow("lone high surrogate")
            << QByteArray("{\"title\":\"a\",\"content\":\"نص \\ud83d نص\"}") << QStringLiteral("lone surrogate");
        QTest::newRow("lone low surrogate")
            << QByteArray("{\"title\":\"a\",\"content\":\"\\uDE00\"}") << QStringLiteral("lone surrogate");
        QTest::newRow("high surrogate at the end")
            << QByteArray("{\"title\":\"a\",\"content\":\"x\\ud83d\"}") << QStringLiteral("lone surrogate");
    }

    void escapedNulOrLoneSurrogate_isRefused_namingTheRecord()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QByteArray corpus = "{\"title\":\"سليم\",\"content\":\"نص سليم.\"}\n" + json + '\n';
        const auto parsed = previewOf(QStringLiteral("bad.jsonl"), corpus);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(QStringLiteral("record 2")), qPrintable(parsed.error()));
        QCOMPARE(parsed.problem().line, 2);
    }

    void escapedBackslashBeforeU_andPairedSurrogates_areText()
    {
        const auto parsed =
            previewOf(QStringLiteral("ok.jsonl"), "{\"title\":\"a\",\"content\":\"C:\\\\u0000 \\ud83d\\ude00 نص\"}\n");
        QVERIFY2(parsed, test::why(parsed).constData());
        QCOMPARE(parsed->articles.first().body, QStringLiteral("C:\\u0000 😀 نص"));
    }

    void recordWithoutALetterOrDigit_isSkippedWithAWarning_data()
    {
        QTest::addColumn<QString>("content");
        QTest::newRow("only harakat") << QStringLiteral("\u064E\u064F\u0650\u0651 \u0652");
        QTest::newRow("only invisible characters") << QStringLiteral("\u200F\u200E\u200B\u200D\u200C");
        QTest::newRow("only emoji") << QStringLiteral("😀 👍🏽 🇸🇦");
    }

    void recordWithoutALetterOrDigit_isSkippedWithAWarning()
    {
        QFETCH(QString, content);
        const QByteArray corpus = "{\"title\":\"سليم\",\"content\":\"نص سليم.\"}\n{\"title\":\"x\",\"content\":\""
                                  + content.toUtf8() + "\"}\n";
        const auto parsed = previewOf(QStringLiteral("marks.jsonl"), corpus);
        QVERIFY2(parsed, test::why(parsed).constData());
        QCOMPARE(parsed->articleCount, 1);
        QCOMPARE(parsed->warnings.size(), 1);
        QVERIFY2(parsed->warnings.first().contains(QStringLiteral("no letter or digit")),
                 qPrintable(parsed->warnings.first()));
    }

    void readRecord_mapsAlternativeFieldNames()
    {
        Article article;
        const auto read = JsonArticleReader::readRecord(
            "{\"headline\":\"عنوان\",\"text\":\"نص\",\"byline\":\"كاتب\",\"published\":\"2015-07-23\"}", article, 1, 1);
        QVERIFY(read && *read);
        QCOMPARE(article.title, QStringLiteral("عنوان"));
        QCOMPARE(article.author, QStringLiteral("كاتب"));
        QCOMPARE(article.date, QStringLiteral("2015-07-23"));
    }

    void utf16Corpus_withABom_streamsLikeUtf8()
    {
        const QString json = QStringLiteral("[{\"title\":\"عنوان\",\"content\":\"نص عربي 😀\"}]");
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char*>(json.utf16()), json.size() * 2);
        const auto parsed = previewOf(QStringLiteral("wide.json"), utf16);
        QVERIFY2(parsed, test::why(parsed).constData());
        QCOMPARE(parsed->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(parsed->articles.first().body, QStringLiteral("نص عربي 😀"));
    }

    void legacyCorpus_needsItsEncoding_andReadsWithIt()
    {
        const QByteArray windows1256 = "{\"title\":\"x\",\"content\":\"\xC7\xE1\xD1\xED\xC7\xD6\"}\n";
        const auto guessed = previewOf(QStringLiteral("legacy.jsonl"), windows1256);
        QVERIFY(!guessed);
        QVERIFY2(guessed.error().contains(QStringLiteral("not valid UTF-8")), qPrintable(guessed.error()));
        const auto forced = ImportService::preview(ArticleInput::memory(QStringLiteral("legacy.jsonl"), windows1256),
                                                   {false, QStringLiteral("windows-1256")});
        QVERIFY2(forced, test::why(forced).constData());
        QCOMPARE(forced->articles.first().body, QStringLiteral("الرياض"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
