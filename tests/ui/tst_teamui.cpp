#include "annotate/annotationpanel.h"
#include "layerfixture.h"
#include "mainwindow.h"
#include "pgcluster.h"
#include "servicesfixture.h"
#include "storage/library.h"
#include "team/pgconnection.h"
#include "team/teamcontroller.h"
#include "team/teamsync.h"
#include "teamfixture.h"

#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;
using namespace Qt::StringLiterals;

namespace {

const QString Body = u"𝔸 قال وزير الخارجية المصري سامح شكري في القاهرة إن مصر والأردن اتفقتا على التعاون."_s;

} // namespace

// File ▸ Team in the window (issue 18): connecting, syncing on a worker, another annotator's tags
// appearing in the open article, work going on offline, the automatic sync and the conflict
// history.
class TestTeamUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgCluster> m_cluster;
    QTemporaryDir m_dir;

    QString conninfo(const QString& user) const { return m_cluster->conninfo(user, u"newsroom"_s); }

    void syncBob(Library& bob)
    {
        Result<PgConnection> server = PgConnection::open(conninfo(u"bob"_s));
        QVERIFY(server);
        Result<SyncSummary> done = TeamSync::run(bob.database(), *server);
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
        const QString made = test::makeTeamProject(*m_cluster, u"newsroom"_s, {u"tester"_s, u"bob"_s});
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void teamMenu_syncs_showsOthersTags_worksOffline_autoSyncs()
    {
        test::ServicesFixture fixture;
        Library& mine = *fixture.temp.library;
        const qint64 article = test::importBody(mine, u"one"_s, Body);
        std::unique_ptr<Library> bob = std::move(Library::open(m_dir.filePath(u"bob.hamish"_s)).value());
        const qint64 bobsArticle = test::importBody(*bob, u"one"_s, Body);
        QVERIFY(test::tagFirst(*bob, u"bob"_s, bobsArticle, u"سامح شكري"_s, u"PER"_s));
        QVERIFY(EntityRegistry(*bob).resolve(u"سامح شكري"_s, test::entityTypeId(*bob, u"PER"_s)));
        syncBob(*bob);

        MainWindow window(fixture.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(article);
        QCOMPARE(window.annotationPanel()->visibleCount(), 0);
        // The menu is there: File ▸ Team with Connect…, Sync Now, Disconnect, Conflict History.
        QMenu* team = nullptr;
        for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
            if (action->menu() && action->menu()->title().contains(u"Team"_s))
                team = action->menu();
        QVERIFY(team);
        QCOMPARE(team->actions().size(), 5);

        TeamController* controller = window.teamController();
        QSignalSpy synced(controller, &TeamController::synced);
        QSignalSpy failed(controller, &TeamController::syncFailed);
        controller->connectTo(conninfo(u"tester"_s));
        QVERIFY(synced.wait(20000));
        QVERIFY(synced.last().at(1).toInt() >= 1); // bob's tag came
        QVERIFY2(controller->statusLabel()->text().contains(u"synced at"_s),
                 qPrintable(controller->statusLabel()->text()));
        // Bob's tag shows in the open article without reopening it.
        QTRY_COMPARE(window.annotationPanel()->visibleCount(), 1);

        // Offline: the server goes away; the sync fails and says so, work goes on.
        m_cluster->stop();
        QVERIFY(test::tagFirst(mine, u"tester"_s, article, u"القاهرة"_s, u"LOC"_s));
        controller->syncNow();
        QVERIFY(failed.wait(20000));
        QVERIFY(controller->statusLabel()->text().contains(u"offline"_s));
        QVERIFY(m_cluster->start());
        // Back: the automatic sync takes the offline work to the server, with nobody asking.
        controller->setAutoSyncInterval(300);
        controller->syncNow(); // restarts nothing; the timer keeps running
        QVERIFY(synced.wait(20000));
        QCOMPARE(synced.last().at(0).toInt(), 1);
        const int before = int(synced.size());
        QTRY_VERIFY_WITH_TIMEOUT(synced.size() > before, 10000); // a sync nobody asked for
        syncBob(*bob);
        QCOMPARE(bob->database().queryInt(u"SELECT count(*) FROM annotation WHERE author = 'tester'"_s).value(), 1);

        // A conflict on a shared entity: both change its note; bob's later change wins, and the
        // history shows tester's version.
        QVERIFY(fixture.registry.setNote(mine.database().queryInt(u"SELECT min(id) FROM entity"_s).value(),
                                         u"وزير الخارجية"_s));
        QTest::qWait(20);
        QVERIFY(EntityRegistry(*bob).setNote(bob->database().queryInt(u"SELECT min(id) FROM entity"_s).value(),
                                             u"دبلوماسي"_s));
        syncBob(*bob);
        controller->setAutoSyncInterval(60000);
        controller->syncNow();
        QVERIFY(synced.wait(20000));
        QCOMPARE(synced.last().at(2).toInt(), 1);
        controller->showHistory();
        QTableWidget* history = nullptr;
        QTRY_VERIFY((history = window.findChild<QTableWidget*>(u"history"_s)) != nullptr);
        QCOMPARE(history->rowCount(), 1);
        QVERIFY(history->item(0, 2)->text().contains(u"وزير الخارجية"_s));
        QCOMPARE(history->item(0, 4)->text(), u"bob"_s);
        controller->disconnectFromServer();
        QVERIFY(!controller->isConnected());
    }
};

QTEST_MAIN(TestTeamUi)
#include "tst_teamui.moc"
