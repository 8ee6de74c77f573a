#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real binary, started the way scripts start it: no display, no platform plugin.
class TestCliProcess : public QObject
{
    Q_OBJECT

private:
    static QProcess* start(const QStringList& arguments, const QTemporaryDir& home,
                           const QStringList& extraEnvironment = {})
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        for (const QString& variable : extraEnvironment)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(HAMISH_BINARY), arguments);
        return process;
    }

private slots:
    void importAndShow_runWithoutADisplay()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("p.hamish"));
        std::unique_ptr<QProcess> import(start({QStringLiteral("import"), QStringLiteral("--db"), db,
                                                hamish::test::dataPath(QStringLiteral("import/multi-article.txt"))},
                                               home));
        QVERIFY(import->waitForFinished(30000));
        QCOMPARE(import->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(import->readAllStandardOutput()).count(u'\n'), 2);

        std::unique_ptr<QProcess> show(
            start({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("2")}, home));
        QVERIFY(show->waitForFinished(30000));
        QCOMPARE(show->exitCode(), 0);
        QVERIFY(QString::fromUtf8(show->readAllStandardOutput()).startsWith(QStringLiteral("تستضيف القاهرة")));
    }

    void defaultLibrary_isUnderAppDataLocation()
    {
        QTemporaryDir home;
        std::unique_ptr<QProcess> list(start({QStringLiteral("list")}, home));
        QVERIFY(list->waitForFinished(30000));
        QCOMPARE(list->exitCode(), 0);
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("data/hamish/hamish/library.hamish"))));
    }

    void badUsage_exitsTwo()
    {
        QTemporaryDir home;
        std::unique_ptr<QProcess> bad(start({QStringLiteral("show")}, home));
        QVERIFY(bad->waitForFinished(30000));
        QCOMPARE(bad->exitCode(), 2);
        QVERIFY(bad->readAllStandardError().contains("Usage"));
    }

    // Issue 20: a command-line run loads Qt Core, ICU and SQLite, never the GUI libraries nor
    // those of team projects, learning or the network (the dynamic loader lists what it opens).
    void coreCommands_loadNoGuiLibrary()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("p.hamish"));
        std::unique_ptr<QProcess> import(start({QStringLiteral("import"), QStringLiteral("--db"), db,
                                                hamish::test::dataPath(QStringLiteral("import/multi-article.txt"))},
                                               home));
        QVERIFY(import->waitForFinished(30000));
        QCOMPARE(import->exitCode(), 0);
        const QList<QStringList> runs{{QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("1")},
                                      {QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("القاهرة")},
                                      {QStringLiteral("list"), QStringLiteral("--db"), db}};
        for (const QStringList& arguments : runs) {
            std::unique_ptr<QProcess> run(start(arguments, home, {QStringLiteral("LD_DEBUG=files")}));
            QVERIFY(run->waitForFinished(30000));
            QCOMPARE(run->exitCode(), 0);
            QVERIFY(!run->readAllStandardOutput().isEmpty());
            const QByteArray loaded = run->readAllStandardError();
            QVERIFY2(loaded.contains("libQt6Core.so"), loaded.left(2000).constData());
            QVERIFY(loaded.contains("libsqlite3.so"));
            for (const char* library :
                 {"libQt6Gui", "libQt6Widgets", "libQt6Network", "libpq.so", "libdlib", "libfasttext", "libgvc"})
                QVERIFY2(!loaded.contains(library), qPrintable(arguments.first() + u' ' + QLatin1String(library)));
        }
    }

    // The window, the help and the commands that need the heavier libraries are hamish-app's:
    // hamish becomes it, with the same arguments, and its exit code is hamish's.
    void otherCommands_runInTheFullApplication()
    {
        QTemporaryDir home;
        std::unique_ptr<QProcess> help(start({QStringLiteral("--help")}, home));
        QVERIFY(help->waitForFinished(30000));
        QCOMPARE(help->exitCode(), 0);
        const QString usage = QString::fromUtf8(help->readAllStandardOutput());
        QVERIFY(usage.contains(QStringLiteral("hamish graph ")));
        QVERIFY(usage.contains(QStringLiteral("hamish show ")));

        const QString db = home.filePath(QStringLiteral("p.hamish"));
        const QString out = home.filePath(QStringLiteral("network.dot"));
        std::unique_ptr<QProcess> graph(
            start({QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                   QStringLiteral("dot"), QStringLiteral("--out"), out},
                  home, {QStringLiteral("LD_DEBUG=files")}));
        QVERIFY(graph->waitForFinished(30000));
        QCOMPARE(graph->exitCode(), 0);
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(graph->readAllStandardError().contains("libgvc"));

        std::unique_ptr<QProcess> unknown(start({QStringLiteral("no-such-command")}, home));
        QVERIFY(unknown->waitForFinished(30000));
        QCOMPARE(unknown->exitCode(), 2);
        QVERIFY(unknown->readAllStandardError().contains("unknown command 'no-such-command'"));
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
