#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "layerfixture.h"
#include "pgcluster.h"
#include "storage/library.h"
#include "team/pgconnection.h"
#include "teamfixture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hamish;
using namespace Qt::StringLiterals;

// `hamish team` and `hamish sync` as processes (issue 18): their output, and syncs killed with
// SIGKILL at random moments, 50 times, that leave the libraries and the server consistent.
class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgCluster> m_cluster;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    static Run hamish(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(HAMISH_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run sync(const QString& db, const QString& user)
    {
        return hamish({u"sync"_s, u"--db"_s, db, u"--server"_s, m_cluster->conninfo(user, u"newsroom"_s)});
    }

    static std::unique_ptr<Library> open(const QString& path) { return std::move(Library::open(path).value()); }

    // Five new tags, one removed and the registry entity's note changed, all committed.
    static void work(Library& library, int round)
    {
        const QList<qint64> articles =
            collectRows<qint64>(library.database().prepare(u"SELECT id FROM article ORDER BY id"_s), [](Statement& s) {
                return s.int64(0);
            }).value();
        AnnotationService tags(library, u"alice"_s);
        for (int i = 0; i < 5; ++i) {
            AnnotationDraft draft;
            draft.articleId = articles[(round * 5 + i) % articles.size()];
            draft.kind = AnnotationKind::Highlight;
            draft.colour = u"yellow"_s;
            draft.start = 4 * ((round * 5 + i) / articles.size());
            draft.end = draft.start + 3;
            draft.note = u"جولة %1"_s.arg(round);
            QVERIFY(tags.create(draft));
        }
        const qint64 oldest = library.database().queryInt(u"SELECT min(id) FROM annotation"_s).value();
        QVERIFY(tags.remove({oldest}));
        const qint64 entity = library.database().queryInt(u"SELECT min(id) FROM entity"_s).value();
        QVERIFY(EntityRegistry(library).setNote(entity, u"ملاحظة %1"_s.arg(round)));
    }

    static QString integrity(Library& library)
    {
        return collectRows<QString>(library.database().prepare(u"PRAGMA integrity_check"_s),
                                    [](Statement& s) { return s.text(0); })
            .value()
            .join(u' ');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<test::PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
        Result<PgConnection> postgres = PgConnection::open(m_cluster->conninfo());
        QVERIFY(postgres);
        QVERIFY(postgres->query(u"CREATE DATABASE newsroom"_s));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void teamInit_addAnnotator_sync_printTheirContract()
    {
        const QString server = m_cluster->conninfo(u"postgres"_s, u"newsroom"_s);
        Run init = hamish({u"team"_s, u"init"_s, u"--server"_s, server});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(u"curator role curator, gold layer gold"_s), qPrintable(init.out));
        for (const QString& name : {u"alice"_s, u"bob"_s}) {
            Run added = hamish({u"team"_s, u"add-annotator"_s, u"--server"_s, server, name});
            QCOMPARE(added.exitCode, 0);
            QVERIFY2(added.out.contains(u"\\password %1"_s.arg(name)), qPrintable(added.out));
        }
        QCOMPARE(hamish({u"team"_s, u"init"_s, u"--server"_s, server}).exitCode, 0); // again: nothing breaks

        const QString db = m_dir.filePath(u"contract.hamish"_s);
        QCOMPARE(
            hamish({u"import"_s, u"--db"_s, db, u"--raw"_s, test::dataPath(u"import/windows-1256.txt"_s)}).exitCode, 0);
        Run first = sync(db, u"alice"_s);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(QRegularExpression(u"^pushed [1-9][0-9]*, pulled 0, conflicts 0\n$"_s).match(first.out).hasMatch(),
                 qPrintable(first.out));
        Run idle = sync(db, u"alice"_s);
        QCOMPARE(idle.out, u"pushed 0, pulled 0, conflicts 0\n"_s);

        // Bad usage, and a server that is not there.
        QCOMPARE(hamish({u"sync"_s, u"--db"_s, db}).exitCode, 2);
        QCOMPARE(hamish({u"team"_s, u"frobnicate"_s, u"--server"_s, server}).exitCode, 2);
        Run nowhere = hamish({u"sync"_s, u"--db"_s, db, u"--server"_s, u"host=/nonexistent user=alice"_s});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.err.contains(u"Cannot connect to the team server"_s), qPrintable(nowhere.err));
        // The other project is refused: a library belongs to one.
        QVERIFY(PgConnection::open(m_cluster->conninfo())->query(u"CREATE DATABASE other"_s));
        QCOMPARE(hamish({u"team"_s, u"init"_s, u"--server"_s, m_cluster->conninfo(u"postgres"_s, u"other"_s)}).exitCode,
                 0);
        Run elsewhere =
            hamish({u"sync"_s, u"--db"_s, db, u"--server"_s, m_cluster->conninfo(u"postgres"_s, u"other"_s)});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains(u"another team project"_s), qPrintable(elsewhere.err));
    }

    void sigkillDuringSync_fiftyTimes_consistentAndComplete()
    {
        const QString aliceDb = m_dir.filePath(u"alice.hamish"_s);
        const QString bobDb = m_dir.filePath(u"bob.hamish"_s);
        {
            std::unique_ptr<Library> alice = open(aliceDb);
            for (int i = 0; i < 40; ++i) {
                const QString body = u"𝔸 خبر رقم %1: قال وزير الخارجية سامح شكري في القاهرة إن مصر والأردن "
                                     "اتفقتا على التعاون في مجالات الطاقة والنقل والتجارة خلال العام المقبل."_s.arg(i);
                const qint64 article = test::importBody(*alice, u"a%1"_s.arg(i), body);
                for (const QString& span : {u"سامح شكري"_s, u"القاهرة"_s, u"مصر"_s, u"الأردن"_s})
                    QVERIFY(test::tagFirst(*alice, u"alice"_s, article, span,
                                           span == u"سامح شكري"_s ? u"PER"_s : u"LOC"_s));
            }
            EntityRegistry(*alice).resolve(u"سامح شكري"_s, test::entityTypeId(*alice, u"PER"_s)).value();
        }
        // How long a first sync takes here, so that the kills land anywhere in one.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(sync(bobDb, u"bob"_s).exitCode, 0);
        QCOMPARE(sync(aliceDb, u"alice"_s).exitCode, 0);
        const int window = qMax(30, int(clock.elapsed() * 6 / 10));

        QRandomGenerator random(20261202);
        int killed = 0;
        for (int round = 0; killed < 50 && round < 400; ++round) {
            const bool alicesTurn = round % 2 == 0;
            if (alicesTurn) {
                std::unique_ptr<Library> alice = open(aliceDb);
                work(*alice, round);
            }
            QProcess syncing;
            syncing.start(QStringLiteral(HAMISH_BINARY),
                          {u"sync"_s, u"--db"_s, alicesTurn ? aliceDb : bobDb, u"--server"_s,
                           m_cluster->conninfo(alicesTurn ? u"alice"_s : u"bob"_s, u"newsroom"_s)});
            QVERIFY(syncing.waitForStarted(10000));
            QTest::qWait(int(random.bounded(window)));
            if (syncing.state() == QProcess::Running) {
                ::kill(pid_t(syncing.processId()), SIGKILL);
                ++killed;
            }
            if (syncing.state() != QProcess::NotRunning)
                QVERIFY(syncing.waitForFinished(60000));
            std::unique_ptr<Library> after = open(alicesTurn ? aliceDb : bobDb);
            QCOMPARE(integrity(*after), u"ok"_s);
        }
        QCOMPARE(killed, 50);
        // Then syncs that are left to finish: everything alice did is everywhere, once.
        QCOMPARE(sync(aliceDb, u"alice"_s).exitCode, 0);
        QCOMPARE(sync(bobDb, u"bob"_s).exitCode, 0);
        QCOMPARE(sync(aliceDb, u"alice"_s).out, u"pushed 0, pulled 0, conflicts 0\n"_s);
        std::unique_ptr<Library> alice = open(aliceDb);
        std::unique_ptr<Library> bob = open(bobDb);
        QCOMPARE(test::teamContent(*bob), test::teamContent(*alice));
        QCOMPARE(alice->database().queryInt(u"SELECT count(*) FROM sync_outbox"_s).value(), 0);
        PgConnection server = std::move(PgConnection::open(m_cluster->conninfo(u"postgres"_s, u"newsroom"_s)).value());
        const qint64 tags = alice->database().queryInt(u"SELECT count(*) FROM annotation"_s).value();
        QCOMPARE(server.query(u"SELECT count(*) FROM hamish.annotation WHERE NOT deleted"_s)->rows[0][0].toLongLong(),
                 tags);
        QCOMPARE(server
                     .query(u"SELECT count(*) FROM (SELECT 1 FROM hamish.annotation WHERE NOT deleted GROUP BY "
                            "data->>'article_id', data->>'start', data->>'end', data->>'note' HAVING count(*) > 1) d"_s)
                     ->rows[0][0]
                     .toInt(),
                 0);
        // Alice's forty articles and the one of the contract test, in the same project.
        QCOMPARE(alice->database().queryInt(u"SELECT count(*) FROM article"_s).value(), 41);
        QCOMPARE(server.query(u"SELECT count(*) FROM hamish.article"_s)->rows[0][0].toInt(), 41);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
