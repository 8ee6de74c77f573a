#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// The run command's first launch: the real binary, a new home, the default library. The window
// must come up on a library holding the sample articles (and not stop at an error box).
class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void firstLaunch_createsTheDefaultLibraryWithSamples()
    {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(HAMISH_BINARY), {});
        QVERIFY(app.waitForStarted(10000));
        const QString library = home.filePath(QStringLiteral("data/hamish/hamish/library.hamish"));
        const auto count = [&](const char* sql) {
            int n = 0;
            sqlite3* db = nullptr;
            if (sqlite3_open_v2(library.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
                sqlite3_stmt* stmt = nullptr;
                if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                    n = sqlite3_column_int(stmt, 0);
                sqlite3_finalize(stmt);
            }
            sqlite3_close(db);
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM article"), 3, 10000);
        // One sample shows what annotating makes: entities of three types, a highlight with a note,
        // and a note on the article.
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(DISTINCT article_id) FROM annotation"), 1, 5000);
        QCOMPARE(count("SELECT count(DISTINCT entity_type_id) FROM annotation WHERE kind = 'entity'"), 3);
        QCOMPARE(count("SELECT count(*) FROM annotation WHERE kind = 'highlight' AND note <> ''"), 1);
        QCOMPARE(count("SELECT count(*) FROM annotation WHERE entity_id IS NOT NULL"), 4);
        QCOMPARE(count("SELECT count(*) FROM article_note"), 1);
        QCOMPARE(app.state(), QProcess::Running);
        app.kill();
        app.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
