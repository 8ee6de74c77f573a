#include "import/jsonreader.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readArray_mapsFieldsAndSkipsEmptyContent()
    {
        const auto result = JsonArticleReader::readArray(
            QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("import/articles.json")))));
        QVERIFY(result);
        QCOMPARE(result->articles.size(), 3);
        QCOMPARE(result->skipped.size(), 1);
        QVERIFY(result->skipped.first().contains(QStringLiteral("Record 2")));
        const Article& first = result->articles.first();
        QCOMPARE(first.title, QStringLiteral("خبر أول"));
        QCOMPARE(first.author, QStringLiteral("كاتب أول"));
        QCOMPARE(first.source, QStringLiteral("تجريبي"));
        QCOMPARE(first.url, QStringLiteral("http://example.org/1"));
        QCOMPARE(first.date, QStringLiteral("2015-07-23 10:00:00"));
        const Article& third = result->articles.at(1);
        QCOMPARE(third.body, QStringLiteral("خبر بلا عنوان يتحدث عن جدة والمدينة المنورة.\nسطر ثان."));
        QCOMPARE(third.date, QStringLiteral("2015-07-24"));
    }

    void readLines_reportsTheLineOfAMalformedRecord()
    {
        const auto result = JsonArticleReader::readLines(
            QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("import/malformed-line3.jsonl")))));
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(QStringLiteral("Line 3")), qPrintable(result.error()));
    }

    void readArray_notAnArray_isRefused()
    {
        QVERIFY(!JsonArticleReader::readArray(QStringLiteral("{\"title\": \"x\"}")));
        const auto nested = JsonArticleReader::readArray(QStringLiteral("[1]"));
        QVERIFY(!nested);
        QVERIFY(nested.error().contains(QStringLiteral("Record 1")));
    }

    void readArray_deepNesting_isRefusedNotCrashed()
    {
        const QString deep = QString(100000, u'[') + QString(100000, u']');
        QVERIFY(!JsonArticleReader::readArray(deep));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
