#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;
using test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.hamish")); }
    QStringList withDb(const QString& command, const QStringList& rest = {}) const
    {
        return QStringList{command, QStringLiteral("--db"), db()} + rest;
    }

private slots:
    void init()
    {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db() + suffix);
    }

    void import_printsIdAndTitlePerNewArticle()
    {
        const auto result = runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("1\tاجتمع وزراء الزراعة في دول حوض النيل يوم الثلاثاء في…"),
                              QStringLiteral("2\tالقاهرة تستضيف مؤتمر الطاقة الشمسية")}));
        QVERIFY(result.err.contains(QStringLiteral("UTF-8, confidence 100")));
    }

    void import_again_saysDuplicateOnStderrAndSucceeds()
    {
        const QStringList args = withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))});
        QCOMPARE(runCli(args).exitCode, 0);
        const auto again = runCli(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.isEmpty());
        QVERIFY(again.err.contains(QStringLiteral("already in the library")));
    }

    void import_badFileInBatch_exitsOneAndStillImportsTheOthers()
    {
        const auto result = runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/empty.txt")),
                                                                     test::dataPath(QStringLiteral("import/windows-1256.txt"))}));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.outLines().size(), 1);
        QVERIFY(result.err.contains(QStringLiteral("empty.txt: The file is empty.")));
        QVERIFY(result.err.contains(QStringLiteral("windows-1256, confidence")));
    }

    void import_rawAndEncodingOptions()
    {
        const auto raw = runCli(withDb(QStringLiteral("import"), {QStringLiteral("--raw"), test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.outLines().size(), 1);
        const auto forced = runCli(withDb(QStringLiteral("import"), {QStringLiteral("--encoding"), QStringLiteral("UTF-16LE"),
                                                                     test::dataPath(QStringLiteral("import/utf16le-no-bom.txt"))}));
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.outLines().first().contains(QStringLiteral("أعلنت بلدية المدينة")));
    }

    void list_printsTabSeparatedFields()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        const auto result = runCli(withDb(QStringLiteral("list")));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("1\tاجتمع وزراء الزراعة في دول حوض النيل يوم الثلاثاء في…\t\tوكالة الأنباء التجريبية"),
                              QStringLiteral("2\tالقاهرة تستضيف مؤتمر الطاقة الشمسية\tهالة المصري\t")}));
    }

    void list_json_hasEveryField()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/articles.json"))}));
        const auto result = runCli(withDb(QStringLiteral("list"), {QStringLiteral("--json")}));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(u"id").toInteger(), 1);
        QCOMPARE(first.value(u"title").toString(), QStringLiteral("خبر أول"));
        QCOMPARE(first.value(u"author").toString(), QStringLiteral("كاتب أول"));
        QCOMPARE(first.value(u"source").toString(), QStringLiteral("تجريبي"));
        QCOMPARE(first.value(u"url").toString(), QStringLiteral("http://example.org/1"));
        QCOMPARE(first.value(u"date").toString(), QStringLiteral("2015-07-23 10:00:00"));
        QVERIFY(first.value(u"annotations").isDouble());
        QCOMPARE(first.value(u"annotations").toInt(), 0);
    }

    void show_printsTheCanonicalBodyExactly()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/utf8-bom-crlf.txt"))}));
        const auto result = runCli(withDb(QStringLiteral("show"), {QStringLiteral("1")}));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.startsWith(QStringLiteral("أعلنت بلدية")));
        QVERIFY(result.out.endsWith(QStringLiteral("\nسطر\nأخير")));
        QVERIFY(!result.out.contains(u'\r'));
    }

    void show_unknownArticle_failsWithOneLine()
    {
        runCli(withDb(QStringLiteral("list")));
        const auto result = runCli(withDb(QStringLiteral("show"), {QStringLiteral("77")}));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY(result.err.contains(QStringLiteral("77")));
    }

    void search_printsHitsBestFirstWithMarkedSnippets()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        // The text says والسعودية: a query with another proclitic is a different word.
        const auto result = runCli(withDb(QStringLiteral("search"), {QStringLiteral("بالسعودية")}));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines().size(), 0);
        const auto stems = runCli(withDb(QStringLiteral("search"), {QStringLiteral("السعودية")}));
        QCOMPARE(stems.outLines().size(), 1);
        const QStringList fields = stems.outLines().first().split(u'\t');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), QStringLiteral("2"));
        QVERIFY2(fields.at(2).contains(QStringLiteral("[والسعودية]")), qPrintable(fields.at(2)));
    }

    void search_json_andBadQuery()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        const auto json = runCli(withDb(QStringLiteral("search"), {QStringLiteral("--json"), QStringLiteral("الخرطوم")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"id").toInteger(), 1);
        const auto bad = runCli(withDb(QStringLiteral("search"), {QStringLiteral("\"الخرطوم")}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("quotation")));
    }

    void badUsage_printsUsageAndExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command arguments") << QStringList{QStringLiteral("import")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("show with a word") << QStringList{QStringLiteral("show"), QStringLiteral("abc")};
        QTest::newRow("missing option value") << QStringList{QStringLiteral("list"), QStringLiteral("--db")};
        QTest::newRow("search without query") << QStringList{QStringLiteral("search")};
    }

    void badUsage_printsUsageAndExitsTwo()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("Usage")), qPrintable(result.err));
    }

    void help_printsUsageOnStdout()
    {
        const auto result = runCli({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("hamish import")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
