#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real binary, started the way scripts start it: no display, no platform plugin.
class TestCliProcess : public QObject
{
    Q_OBJECT

private:
    static QProcess* start(const QStringList& arguments, const QTemporaryDir& home)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
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
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
