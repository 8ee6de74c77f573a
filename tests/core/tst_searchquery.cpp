#include "search/searchquery.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void toFts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << QStringLiteral("الدوحة") << QStringLiteral("\"الدوحة\"");
        QTest::newRow("two words") << QStringLiteral("قطر  عمان") << QStringLiteral("\"قطر\" AND \"عمان\"");
        QTest::newRow("phrase") << QStringLiteral("\"ولي العهد\"") << QStringLiteral("\"ولي العهد\"");
        QTest::newRow("prefix") << QStringLiteral("سعود*") << QStringLiteral("\"سعود\"*");
        QTest::newRow("or") << QStringLiteral("قطر OR عمان") << QStringLiteral("(\"قطر\" OR \"عمان\")");
        QTest::newRow("arabic or") << QStringLiteral("قطر أو عمان") << QStringLiteral("(\"قطر\" OR \"عمان\")");
        QTest::newRow("exclude") << QStringLiteral("إيران -العراق") << QStringLiteral("(\"إيران\") NOT (\"العراق\")");
        QTest::newRow("fts syntax is quoted")
            << QStringLiteral("NEAR(a b) title:x") << QStringLiteral("\"NEAR a\" AND \"b\" AND \"title x\"");
        QTest::newRow("punctuation dropped") << QStringLiteral("قطر ، .") << QStringLiteral("\"قطر\"");
    }

    void toFts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> fts = SearchQuery::toFts(input);
        QVERIFY2(fts, test::why(fts).constData());
        QCOMPARE(*fts, expected);
    }

    void toFts_refusals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("punctuation only") << QStringLiteral("، . ؟");
        QTest::newRow("unmatched quote") << QStringLiteral("\"قطر");
        QTest::newRow("only exclusions") << QStringLiteral("-قطر");
    }

    void toFts_refusals()
    {
        QFETCH(QString, input);
        const Result<QString> fts = SearchQuery::toFts(input);
        QVERIFY(!fts);
        QVERIFY(!fts.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
