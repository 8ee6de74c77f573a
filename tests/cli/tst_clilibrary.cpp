#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;
using test::runCli;

// The library-management commands: delete, trash, restore, empty-trash, edit, collection,
// backup, and --collection on list, search, export and tag.
class TestCliLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.hamish")); }
    QStringList withDb(const QString& command, const QStringList& rest = {}) const
    {
        return QStringList{command, QStringLiteral("--db"), db()} + rest;
    }
    QStringList listedIds(const QStringList& extra = {}) const
    {
        QStringList ids;
        for (const QString& line : runCli(withDb(QStringLiteral("list"), extra)).outLines())
            ids.append(line.section(u'\t', 0, 0));
        return ids;
    }

private slots:
    void init()
    {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db() + suffix);
        QCOMPARE(runCli(withDb(QStringLiteral("import"), {test::dataPath(QStringLiteral("import/multi-article.txt"))}))
                     .exitCode,
                 0);
    }

    void delete_trash_restore_emptyTrash()
    {
        QCOMPARE(runCli(withDb(QStringLiteral("delete"), {QStringLiteral("1")})).exitCode, 0);
        QCOMPARE(listedIds(), QStringList{QStringLiteral("2")});
        const auto trash = runCli(withDb(QStringLiteral("trash")));
        QCOMPARE(trash.exitCode, 0);
        QCOMPARE(trash.outLines().size(), 1);
        static const QRegularExpression line(
            QStringLiteral("^1\\tاجتمع [^\\t]+\\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
        QVERIFY2(line.match(trash.outLines().first()).hasMatch(), qPrintable(trash.outLines().first()));
        const QJsonArray json =
            QJsonDocument::fromJson(runCli(withDb(QStringLiteral("trash"), {QStringLiteral("--json")})).out.toUtf8())
                .array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first().toObject().value(u"id").toInteger(), 1);
        QVERIFY(json.first().toObject().contains(u"title") && json.first().toObject().contains(u"deleted"));

        QCOMPARE(runCli(withDb(QStringLiteral("restore"), {QStringLiteral("1")})).exitCode, 0);
        QCOMPARE(listedIds(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(runCli(withDb(QStringLiteral("delete"), {QStringLiteral("2")})).exitCode, 0);
        const auto emptied = runCli(withDb(QStringLiteral("empty-trash")));
        QCOMPARE(emptied.exitCode, 0);
        QVERIFY(runCli(withDb(QStringLiteral("trash"))).out.isEmpty());
        QCOMPARE(runCli(withDb(QStringLiteral("show"), {QStringLiteral("2")})).exitCode, 1);
    }

    void unknownIdAmongValidOnes_isAnErrorAndChangesNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("delete") << QStringLiteral("delete");
        QTest::newRow("restore") << QStringLiteral("restore");
    }

    void unknownIdAmongValidOnes_isAnErrorAndChangesNothing()
    {
        QFETCH(QString, command);
        if (command == u"restore")
            QCOMPARE(runCli(withDb(QStringLiteral("delete"), {QStringLiteral("1"), QStringLiteral("2")})).exitCode, 0);
        const QStringList before = listedIds();
        const auto result = runCli(withDb(command, {QStringLiteral("1"), QStringLiteral("77"), QStringLiteral("2")}));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("77")), qPrintable(result.err));
        QCOMPARE(listedIds(), before);
        QCOMPARE(runCli(withDb(command, {QStringLiteral("x")})).exitCode, 2);
        QCOMPARE(runCli(withDb(command)).exitCode, 2);
    }

    void edit_changesOnlyTheFieldsGiven()
    {
        const QString body = runCli(withDb(QStringLiteral("show"), {QStringLiteral("2")})).out;
        QCOMPARE(runCli(withDb(QStringLiteral("edit"),
                               {QStringLiteral("2"), QStringLiteral("--title"), QStringLiteral("عنوان مصحح"),
                                QStringLiteral("--source"), QStringLiteral("وكالة")}))
                     .exitCode,
                 0);
        QCOMPARE(runCli(withDb(QStringLiteral("list"))).outLines().at(1),
                 QStringLiteral("2\tعنوان مصحح\tهالة المصري\tوكالة"));
        QCOMPARE(runCli(withDb(QStringLiteral("show"), {QStringLiteral("2")})).out, body);
        QCOMPARE(runCli(withDb(QStringLiteral("search"), {QStringLiteral("مصحح")})).outLines().size(), 1);
        QCOMPARE(runCli(withDb(QStringLiteral("edit"),
                               {QStringLiteral("9"), QStringLiteral("--title"), QStringLiteral("x")}))
                     .exitCode,
                 1);
        QCOMPARE(runCli(withDb(QStringLiteral("edit"), {QStringLiteral("2")})).exitCode, 2);
    }

    void collection_everyAction_andTheCollectionOption()
    {
        const auto create = [&](const QString& name) {
            return runCli(withDb(QStringLiteral("collection"), {QStringLiteral("create"), name})).exitCode;
        };
        QCOMPARE(create(QStringLiteral("السودان")), 0);
        QCOMPARE(create(QStringLiteral("مؤقتة")), 0);
        QCOMPARE(create(QStringLiteral("السودان")), 1);
        QCOMPARE(runCli(withDb(QStringLiteral("collection"), {QStringLiteral("add"), QStringLiteral("السودان"),
                                                              QStringLiteral("1"), QStringLiteral("2")}))
                     .exitCode,
                 0);
        QCOMPARE(runCli(withDb(QStringLiteral("collection"),
                               {QStringLiteral("remove"), QStringLiteral("السودان"), QStringLiteral("2")}))
                     .exitCode,
                 0);
        QCOMPARE(runCli(withDb(QStringLiteral("collection"),
                               {QStringLiteral("add"), QStringLiteral("السودان"), QStringLiteral("5")}))
                     .exitCode,
                 1);
        QCOMPARE(runCli(withDb(QStringLiteral("collection"),
                               {QStringLiteral("rename"), QStringLiteral("مؤقتة"), QStringLiteral("Temporary")}))
                     .exitCode,
                 0);
        QCOMPARE(runCli(withDb(QStringLiteral("collection"), {QStringLiteral("list")})).outLines(),
                 (QStringList{QStringLiteral("السودان\t1"), QStringLiteral("Temporary\t0")}));
        const QJsonArray json =
            QJsonDocument::fromJson(
                runCli(withDb(QStringLiteral("collection"), {QStringLiteral("list"), QStringLiteral("--json")}))
                    .out.toUtf8())
                .array();
        QCOMPARE(json.first().toObject().value(u"articles").toArray(), QJsonArray{1});

        const QStringList sudan{QStringLiteral("--collection"), QStringLiteral("السودان")};
        QCOMPARE(listedIds(sudan), QStringList{QStringLiteral("1")});
        QCOMPARE(runCli(withDb(QStringLiteral("search"), sudan + QStringList{QStringLiteral("الخرطوم OR القاهرة")}))
                     .outLines()
                     .size(),
                 1);
        const QString out = m_dir.filePath(QStringLiteral("sudan.jsonl"));
        QCOMPARE(runCli(withDb(QStringLiteral("export"),
                               sudan
                                   + QStringList{QStringLiteral("--format"), QStringLiteral("jsonl"),
                                                 QStringLiteral("--out"), out}))
                     .exitCode,
                 0);
        QCOMPARE(test::readFile(out).count('\n'), 1);
        const auto tagged =
            runCli(withDb(QStringLiteral("tag"), sudan
                                                     + QStringList{QStringLiteral("--all-articles"),
                                                                   QStringLiteral("--text"), QStringLiteral("القاهرة"),
                                                                   QStringLiteral("--entity"), QStringLiteral("LOC")}));
        QCOMPARE(tagged.exitCode, 0);
        QVERIFY2(tagged.out.isEmpty(), qPrintable(tagged.out)); // القاهرة is only in article 2
        QCOMPARE(listedIds({QStringLiteral("--collection"), QStringLiteral("none")}), QStringList{});
        QCOMPARE(
            runCli(withDb(QStringLiteral("list"), {QStringLiteral("--collection"), QStringLiteral("none")})).exitCode,
            1);

        QCOMPARE(runCli(withDb(QStringLiteral("collection"), {QStringLiteral("delete"), QStringLiteral("السودان")}))
                     .exitCode,
                 0);
        QCOMPARE(listedIds(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(runCli(withDb(QStringLiteral("collection"), {QStringLiteral("frobnicate")})).exitCode, 2);
    }

    void backup_writesALibraryAndNeverOverwrites()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.hamish"));
        QFile::remove(copy);
        QCOMPARE(runCli(withDb(QStringLiteral("backup"), {QStringLiteral("--out"), copy})).exitCode, 0);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(runCli({QStringLiteral("list"), QStringLiteral("--db"), copy}).outLines().size(), 2);
        const QByteArray before = test::readFile(copy);
        QCOMPARE(runCli(withDb(QStringLiteral("backup"), {QStringLiteral("--out"), copy})).exitCode, 1);
        QCOMPARE(test::readFile(copy), before);
        QCOMPARE(runCli(withDb(QStringLiteral("backup"))).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
