#include "cli/cli.h"
#include "cli/command.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
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

    // hamish runs the core's commands itself; hamish-app has every one of them and only the
    // commands that need libpq, dlib, fastText or Graphviz besides.
    void commandTables_theCoreOnesAreAllButTheHeavyOnes()
    {
        QStringList all, core;
        for (const cli::Command* command : cli::allCommands())
            all.append(QString::fromUtf16(command->name));
        for (const cli::Command* command : cli::coreCommands())
            core.append(QString::fromUtf16(command->name));
        QCOMPARE(all.size(), QSet<QString>(all.begin(), all.end()).size());
        for (const QString& name : core)
            QVERIFY2(all.contains(name), qPrintable(name));
        QStringList heavy;
        for (const QString& name : all) {
            if (!core.contains(name))
                heavy.append(name);
        }
        QCOMPARE(heavy, (QStringList{QStringLiteral("graph"), QStringLiteral("train"), QStringLiteral("predict"),
                                     QStringLiteral("suggest"), QStringLiteral("team"), QStringLiteral("sync")}));
    }

    void import_printsIdAndTitlePerNewArticle()
    {
        const auto result =
            runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("1\tاجتمع وزراء الزراعة في دول حوض النيل يوم الثلاثاء في…"),
                              QStringLiteral("2\tالقاهرة تستضيف مؤتمر الطاقة الشمسية")}));
        QVERIFY(result.err.contains(QStringLiteral("UTF-8, confidence 100")));
    }

    void import_again_saysDuplicateOnStderrAndSucceeds()
    {
        const QStringList args =
            withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))});
        QCOMPARE(runCli(args).exitCode, 0);
        const auto again = runCli(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.isEmpty());
        QVERIFY(again.err.contains(QStringLiteral("already in the library")));
    }

    void import_badFileInBatch_exitsOneAndStillImportsTheOthers()
    {
        const auto result =
            runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/empty.txt")),
                                                     test::dataPath(QStringLiteral("import/windows-1256.txt"))}));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.outLines().size(), 1);
        QVERIFY(result.err.contains(QStringLiteral("empty.txt: The file is empty.")));
        QVERIFY(result.err.contains(QStringLiteral("windows-1256, confidence")));
    }

    void import_rawAndEncodingOptions()
    {
        const auto raw =
            runCli(withDb(QStringLiteral("import"),
                          {QStringLiteral("--raw"), test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.outLines().size(), 1);
        const auto forced =
            runCli(withDb(QStringLiteral("import"), {QStringLiteral("--encoding"), QStringLiteral("UTF-16LE"),
                                                     test::dataPath(QStringLiteral("import/utf16le-no-bom.txt"))}));
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.outLines().first().contains(QStringLiteral("أعلنت بلدية المدينة")));
    }

    void list_printsTabSeparatedFields()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        const auto result = runCli(withDb(QStringLiteral("list")));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.outLines(),
            (QStringList{
                QStringLiteral("1\tاجتمع وزراء الزراعة في دول حوض النيل يوم الثلاثاء في…\t\tوكالة الأنباء التجريبية"),
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
        const auto json =
            runCli(withDb(QStringLiteral("search"), {QStringLiteral("--json"), QStringLiteral("الخرطوم")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"id").toInteger(), 1);
        const auto bad = runCli(withDb(QStringLiteral("search"), {QStringLiteral("\"الخرطوم")}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("quotation")));
    }

    // tests/data/annotate/emoji.txt starts with a firefighter emoji (man, skin tone, ZWJ, engine): 4
    // code points (7 UTF-16 units), so قال is at code points 5–8 and مُحَمَّدٌ at 9–18.
    void annotate_countsCodePointsAfterAnEmoji()
    {
        const auto imported = runCli(withDb(
            QStringLiteral("import"), {QStringLiteral("--raw"), test::dataPath(QStringLiteral("annotate/emoji.txt"))}));
        QCOMPARE(imported.exitCode, 0);
        const auto entity = runCli(
            withDb(QStringLiteral("annotate"),
                   {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("9"),
                    QStringLiteral("--end"), QStringLiteral("18"), QStringLiteral("--entity"), QStringLiteral("PER"),
                    QStringLiteral("--note"), QStringLiteral("اسم علم")}));
        QCOMPARE(entity.exitCode, 0);
        QCOMPARE(entity.outLines(), QStringList{QStringLiteral("1")});
        const auto highlight = runCli(withDb(
            QStringLiteral("annotate"),
            {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("5"),
             QStringLiteral("--end"), QStringLiteral("8"), QStringLiteral("--highlight"), QStringLiteral("pink")}));
        QCOMPARE(highlight.outLines(), QStringList{QStringLiteral("2")});

        const auto listed =
            runCli(withDb(QStringLiteral("annotations"), {QStringLiteral("--article"), QStringLiteral("1")}));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.outLines(), (QStringList{QStringLiteral("2\t1\thighlight\tpink\t5\t8\tقال\t"),
                                                 QStringLiteral("1\t1\tentity\tPER\t9\t18\tمُحَمَّدٌ\tاسم علم")}));

        const auto json = runCli(withDb(QStringLiteral("annotations"), {QStringLiteral("--json")}));
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject person = array.at(1).toObject();
        for (const char16_t* key : {u"id", u"article", u"kind", u"type", u"colour", u"start", u"end", u"quote", u"note",
                                    u"author", u"created", u"modified"})
            QVERIFY2(person.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        QCOMPARE(person.value(u"type").toString(), QStringLiteral("PER"));
        QVERIFY(person.value(u"colour").isNull());
        QCOMPARE(person.value(u"start").toInt(), 9);
        QCOMPARE(person.value(u"end").toInt(), 18);
        QCOMPARE(person.value(u"quote").toString(), QStringLiteral("مُحَمَّدٌ"));
        QVERIFY(!person.value(u"author").toString().isEmpty());
        QCOMPARE(array.at(0).toObject().value(u"colour").toString(), QStringLiteral("pink"));
        QCOMPARE(runCli(withDb(QStringLiteral("list"))).outLines().size(), 1);
        const QJsonArray list =
            QJsonDocument::fromJson(runCli(withDb(QStringLiteral("list"), {QStringLiteral("--json")})).out.toUtf8())
                .array();
        QCOMPARE(list.first().toObject().value(u"annotations").toInt(), 2);
    }

    void annotate_refusals_data()
    {
        QTest::addColumn<QStringList>("span");
        QTest::addColumn<QString>("message");
        QTest::newRow("inside the emoji") << QStringList{QStringLiteral("1"), QStringLiteral("3")} << "splits";
        QTest::newRow("between letter and haraka")
            << QStringList{QStringLiteral("9"), QStringLiteral("10")} << "splits";
        QTest::newRow("past the end") << QStringList{QStringLiteral("30"), QStringLiteral("60")} << "outside";
        QTest::newRow("reversed") << QStringList{QStringLiteral("8"), QStringLiteral("5")} << "outside";
    }

    void annotate_refusals()
    {
        QFETCH(QStringList, span);
        QFETCH(QString, message);
        runCli(withDb(QStringLiteral("import"),
                      {QStringLiteral("--raw"), test::dataPath(QStringLiteral("annotate/emoji.txt"))}));
        const auto result = runCli(
            withDb(QStringLiteral("annotate"),
                   {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--start"), span.at(0),
                    QStringLiteral("--end"), span.at(1), QStringLiteral("--highlight"), QStringLiteral("yellow")}));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(runCli(withDb(QStringLiteral("annotations"))).outLines().size(), 0);
    }

    void annotate_badUsage_exitsTwo()
    {
        QCOMPARE(runCli(withDb(QStringLiteral("annotate"),
                               {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--start"),
                                QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2")}))
                     .exitCode,
                 2);
        QCOMPARE(runCli(withDb(QStringLiteral("annotate"),
                               {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--start"),
                                QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2"),
                                QStringLiteral("--note-only"), QStringLiteral("--highlight"), QStringLiteral("blue")}))
                     .exitCode,
                 2);
    }

    void tag_printsMatchesInCodePoints_thenTagsAndRegistersTheEntity()
    {
        runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}));
        runCli(withDb(QStringLiteral("import"),
                      {QStringLiteral("--raw"), test::dataPath(QStringLiteral("annotate/emoji.txt"))}));
        // The emoji article (3) says الدوحة at code points 22–28; the other two do not.
        const auto dry =
            runCli(withDb(QStringLiteral("tag"),
                          {QStringLiteral("--all-articles"), QStringLiteral("--text"), QStringLiteral("الدوحه"),
                           QStringLiteral("--entity"), QStringLiteral("LOC"), QStringLiteral("--dry-run")}));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.outLines(), QStringList{QStringLiteral("3\t22\t28\tالدوحة")});
        QCOMPARE(runCli(withDb(QStringLiteral("annotations"))).outLines().size(), 0);

        const auto tagged = runCli(withDb(QStringLiteral("tag"), {QStringLiteral("--article"), QStringLiteral("1"),
                                                                  QStringLiteral("--text"), QStringLiteral("الخرطوم"),
                                                                  QStringLiteral("--entity"), QStringLiteral("LOC")}));
        QCOMPARE(tagged.exitCode, 0);
        QCOMPARE(tagged.outLines().size(), 2);
        QVERIFY(tagged.outLines().first().startsWith(QStringLiteral("1\t")));
        QCOMPARE(runCli(withDb(QStringLiteral("annotations"))).outLines().size(), 2);
        // Again: the same lines, and nothing is duplicated.
        QCOMPARE(runCli(withDb(QStringLiteral("tag"),
                               {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--text"),
                                QStringLiteral("الخرطوم"), QStringLiteral("--entity"), QStringLiteral("LOC")}))
                     .outLines(),
                 tagged.outLines());
        QCOMPARE(runCli(withDb(QStringLiteral("annotations"))).outLines().size(), 2);

        const auto entities = runCli(withDb(QStringLiteral("entities")));
        QCOMPARE(entities.exitCode, 0);
        QCOMPARE(entities.outLines(), QStringList{QStringLiteral("1\tالخرطوم\tLOC\t2\t")});
        const QJsonArray json =
            QJsonDocument::fromJson(runCli(withDb(QStringLiteral("entities"), {QStringLiteral("--json")})).out.toUtf8())
                .array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first().toObject().value(u"type").toString(), QStringLiteral("LOC"));
        QCOMPARE(json.first().toObject().value(u"mentions").toInt(), 2);
        QVERIFY(json.first().toObject().value(u"variants").isArray());
    }

    void tag_badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no scope") << QStringList{QStringLiteral("--text"), QStringLiteral("x"),
                                                 QStringLiteral("--entity"), QStringLiteral("LOC")};
        QTest::newRow("both scopes") << QStringList{QStringLiteral("--all-articles"),
                                                    QStringLiteral("--article"),
                                                    QStringLiteral("1"),
                                                    QStringLiteral("--text"),
                                                    QStringLiteral("x"),
                                                    QStringLiteral("--entity"),
                                                    QStringLiteral("LOC")};
        QTest::newRow("no text") << QStringList{QStringLiteral("--all-articles"), QStringLiteral("--entity"),
                                                QStringLiteral("LOC")};
        QTest::newRow("no type") << QStringList{QStringLiteral("--all-articles"), QStringLiteral("--text"),
                                                QStringLiteral("x")};
    }

    void tag_badUsage()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(runCli(withDb(QStringLiteral("tag"), arguments)).exitCode, 2);
    }

    void exportThenImportAnnotations_throughTheCli()
    {
        runCli(withDb(QStringLiteral("import"),
                      {QStringLiteral("--raw"), test::dataPath(QStringLiteral("annotate/emoji.txt"))}));
        runCli(
            withDb(QStringLiteral("annotate"),
                   {QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("22"),
                    QStringLiteral("--end"), QStringLiteral("28"), QStringLiteral("--entity"), QStringLiteral("LOC")}));
        const QString out = m_dir.filePath(QStringLiteral("out"));
        for (const QString& format :
             {QStringLiteral("w3c"), QStringLiteral("conll"), QStringLiteral("jsonl"), QStringLiteral("csv"),
              QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("brat")}) {
            const auto exported = runCli(
                withDb(QStringLiteral("export"), {QStringLiteral("--format"), format, QStringLiteral("--article"),
                                                  QStringLiteral("1"), QStringLiteral("--out"), out + u'.' + format}));
            QVERIFY2(exported.exitCode == 0, qPrintable(format + u' ' + exported.err));
            QVERIFY(QFileInfo::exists(out + u'.' + format));
        }
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.hamish"));
        const auto imported =
            runCli({QStringLiteral("import-annotations"), QStringLiteral("--db"), fresh, QStringLiteral("--format"),
                    QStringLiteral("jsonl"), out + QStringLiteral(".jsonl")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains(QStringLiteral("1 annotations added")));
        const auto listed = runCli({QStringLiteral("annotations"), QStringLiteral("--db"), fresh});
        QCOMPARE(listed.outLines(), QStringList{QStringLiteral("1\t1\tentity\tLOC\t22\t28\tالدوحة\t")});

        QCOMPARE(runCli(withDb(QStringLiteral("export"),
                               {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out}))
                     .exitCode,
                 2);
        const auto bad = runCli(withDb(QStringLiteral("import-annotations"),
                                       {QStringLiteral("--format"), QStringLiteral("conll"),
                                        test::dataPath(QStringLiteral("formats/bad/columns.conll"))}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("columns.conll: line 2")));
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
