#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>

// Writes annotations through the real CLI and kills the writer with SIGKILL at random moments,
// until 200 of them died mid-way. After every kill the library must pass PRAGMA integrity_check, and every annotation
// whose id the CLI printed (its acknowledgement) must be there.
class TestKillSafety : public QObject
{
    Q_OBJECT

private:
    static QString query(const QString& db, const char* sql)
    {
        sqlite3* handle = nullptr;
        if (sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(handle);
            return QStringLiteral("cannot open");
        }
        sqlite3_stmt* stmt = nullptr;
        QStringList rows;
        if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                rows.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
        }
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        return rows.join(u',');
    }

private slots:
    void sigkillDuringWrites_neverCorruptsNorLosesAcknowledgedAnnotations()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill.hamish"));
        QProcess import;
        import.start(QStringLiteral(HAMISH_BINARY),
                     {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--raw"),
                      hamish::test::dataPath(QStringLiteral("import/windows-1256.txt"))});
        QVERIFY(import.waitForFinished(30000));
        QCOMPARE(import.exitCode(), 0);

        // How long one write takes from start to exit on this build (sanitizer builds are much
        // slower), so that the kills land anywhere from start-up to the end of the write.
        QElapsedTimer clock;
        clock.start();
        QProcess probe;
        probe.start(QStringLiteral(HAMISH_BINARY),
                    {QStringLiteral("annotate"), QStringLiteral("--db"), db, QStringLiteral("--article"),
                     QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"),
                     QStringLiteral("4"), QStringLiteral("--highlight"), QStringLiteral("green")});
        QVERIFY(probe.waitForFinished(30000));
        QCOMPARE(probe.exitCode(), 0);
        const int window = qMax(20, int(clock.elapsed() * 12 / 10));

        QSet<QString> acknowledged{QString::fromUtf8(probe.readAllStandardOutput()).trimmed()};
        int killed = 0;
        QRandomGenerator random(20261129);
        for (int round = 0; killed < 200 && round < 1000; ++round) {
            const int start = 2 * (round % 40);
            QProcess writer;
            writer.start(QStringLiteral(HAMISH_BINARY),
                         {QStringLiteral("annotate"), QStringLiteral("--db"), db, QStringLiteral("--article"),
                          QStringLiteral("1"), QStringLiteral("--start"), QString::number(start),
                          QStringLiteral("--end"), QString::number(start + 5 + round % 7),
                          QStringLiteral("--highlight"), QStringLiteral("yellow"), QStringLiteral("--note"),
                          QString::number(round)});
            QVERIFY(writer.waitForStarted(10000));
            // Anywhere from start-up to the end of the write.
            QTest::qWait(int(random.bounded(window)));
            if (writer.state() == QProcess::Running) {
                ::kill(pid_t(writer.processId()), SIGKILL);
                ++killed;
            }
            writer.waitForFinished(10000);
            const QString printed = QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
            if (!printed.isEmpty())
                acknowledged.insert(printed);

            QCOMPARE(query(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
            const QStringList stored =
                query(db, "SELECT id FROM annotation ORDER BY id").split(u',', Qt::SkipEmptyParts);
            for (const QString& id : std::as_const(acknowledged))
                QVERIFY2(stored.contains(id),
                         qPrintable(QStringLiteral("annotation %1 was acknowledged and is gone").arg(id)));
        }
        qInfo("%d writers killed, %lld annotations acknowledged (kill window %d ms)", killed,
              qint64(acknowledged.size()), window);
        QVERIFY(killed >= 200);
        // Some writers finished before their kill: the acknowledged set is more than the probe.
        QVERIFY(acknowledged.size() > 1);
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
