#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "entities/entityregistry.h"
#include "layerfixture.h"
#include "pgcluster.h"
#include "storage/library.h"
#include "team/pgconnection.h"
#include "team/pulledchanges.h"
#include "team/teamproject.h"
#include "team/teamsync.h"
#include "teamfixture.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace hamish;
using namespace Qt::StringLiterals;

namespace {

// Arabic with a character outside the BMP before the tags, so that offsets in UTF-16 units and in
// code points differ.
const QString Body1 = u"𝔸 قال وزير الخارجية المصري سامح شكري في القاهرة إن مصر والأردن اتفقتا على التعاون."_s;
const QString Body2 = u"التقى الملك عبد الله الثاني في عمّان وفداً من الاتحاد الأوروبي برئاسة جوزيب بوريل."_s;

} // namespace

// A sync that must succeed, with the reason when it does not.
#define SYNCED(library, user)                                                                                          \
    do {                                                                                                               \
        const Result<SyncSummary> synced = sync(library, user);                                                        \
        QVERIFY2(synced, test::why(synced).constData());                                                               \
    } while (false)

// Team projects on PostgreSQL (issue 18): team init, roles and row-level security, and syncing
// several annotators' libraries through a throwaway PostgreSQL 15 cluster the test starts itself.
class TestTeamSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgCluster> m_cluster;
    QTemporaryDir m_dir;
    int m_projects = 0;
    QString m_database; // this test function's project

    QString conninfo(const QString& user) const { return m_cluster->conninfo(user, m_database); }

    PgConnection connect(const QString& user) const
    {
        Result<PgConnection> connection = PgConnection::open(conninfo(user));
        if (!connection)
            qFatal("%s", qPrintable(connection.error()));
        return std::move(*connection);
    }

    std::unique_ptr<Library> library(const QString& name)
    {
        Result<std::unique_ptr<Library>> opened =
            Library::open(m_dir.filePath(m_database + u'-' + name + u".hamish"_s));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(*opened);
    }

    Result<SyncSummary> sync(Library& library, const QString& user) const
    {
        Result<PgConnection> server = PgConnection::open(conninfo(user));
        if (!server)
            return failure(server.error());
        return TeamSync::run(library.database(), *server);
    }

    static QStringList dump(Library& library) { return test::teamContent(library); }

    static qint64 count(Library& library, const QString& sql) { return library.database().queryInt(sql).value(); }

    static qint64 serverCount(PgConnection& server, const QString& sql)
    {
        Result<PgRows> rows = server.query(sql);
        return rows ? rows->rows.value(0).value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<test::PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    // Every test function gets a project of its own: a fresh database, team init, three annotators.
    void init()
    {
        m_database = u"team%1"_s.arg(++m_projects);
        const QString made = test::makeTeamProject(*m_cluster, m_database, {u"alice"_s, u"bob"_s, u"carol"_s});
        QVERIFY2(made.isEmpty(), qPrintable(made));
    }

    void init_makesAVersionedSchemaWithOwnersAndGlobalIds()
    {
        PgConnection admin = connect(u"postgres"_s);
        Result<TeamProject> project = TeamServer::read(admin);
        QVERIFY2(project, test::why(project).constData());
        QCOMPARE(project->schemaVersion, TeamServer::latestSchemaVersion());
        QCOMPARE(project->teamRole, m_database + u"_team"_s);
        QCOMPARE(project->goldLayer, u"gold"_s);
        // Again: nothing changes, nothing fails.
        Result<TeamProject> again = TeamServer::init(admin, u"curator"_s, u"gold"_s);
        QVERIFY2(again, test::why(again).constData());
        QCOMPARE(again->id, project->id);
        // Every synced table names the owner and the global id, and row-level security is on.
        const qint64 tables =
            serverCount(admin, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'hamish' "
                               "AND tablename NOT IN ('project', 'history', 'schema_version', 'kind_change')"_s);
        QVERIFY(tables >= 20);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hamish' "
                                    "AND column_name IN ('annotator', 'global_id') AND table_name NOT IN "
                                    "('project', 'history', 'schema_version', 'kind_change')"_s),
                 2 * tables);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'hamish' AND rowsecurity "
                                    "AND tablename NOT IN ('schema_version', 'project')"_s),
                 tables + 2); // and the history and the changed kinds
        // Annotators are login roles of the team.
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM pg_roles WHERE rolname IN ('alice', 'bob', 'carol', "
                                    "'curator') AND rolcanlogin AND pg_has_role(rolname, '%1', 'MEMBER')"_s.arg(
                                        project->teamRole)),
                 4);
    }

    void twoAnnotators_offline_thenSynced_seeEachOthersLayers()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        // Both imported the same article; each imported one more of their own.
        const qint64 a1 = test::importBody(*alice, u"one"_s, Body1);
        const qint64 b1 = test::importBody(*bob, u"one"_s, Body1);
        const qint64 b2 = test::importBody(*bob, u"two"_s, Body2);
        QVERIFY(test::tagFirst(*alice, u"alice"_s, a1, u"سامح شكري"_s, u"PER"_s));
        QVERIFY(test::tagFirst(*alice, u"alice"_s, a1, u"القاهرة"_s, u"LOC"_s));
        QVERIFY(test::tagFirst(*bob, u"bob"_s, b1, u"سامح شكري"_s, u"PER"_s));
        const qint64 to = test::tagFirst(*bob, u"bob"_s, b2, u"جوزيب بوريل"_s, u"PER"_s);
        const qint64 from = test::tagFirst(*bob, u"bob"_s, b2, u"الملك عبد الله الثاني"_s, u"PER"_s);
        QVERIFY(test::tagFirst(*bob, u"bob"_s, b2, u"عمّان"_s, u"LOC"_s));
        RelationDraft met{from, to, test::relationTypeId(*bob, u"MET"_s), u"زيارة"_s, {}, {}};
        RelationService(*bob, u"bob"_s).create(met).value();
        QVERIFY(RelationService(*bob, u"bob"_s).setLabel(b2, test::labelId(*bob, u"politics"_s)));

        Result<SyncSummary> first = sync(*alice, u"alice"_s);
        QVERIFY2(first, test::why(first).constData());
        QVERIFY(first->pushed > 0);
        QCOMPARE(first->pulled, 0);
        Result<SyncSummary> second = sync(*bob, u"bob"_s);
        QVERIFY2(second, test::why(second).constData());
        QCOMPARE(second->conflicts, 0);
        QVERIFY(second->pulled >= 2); // alice's two tags at least
        Result<SyncSummary> third = sync(*alice, u"alice"_s);
        QVERIFY2(third, test::why(third).constData());
        QCOMPARE(third->pushed, 0);
        QVERIFY(third->pulled > 0);

        QCOMPARE(dump(*alice), dump(*bob));
        QCOMPARE(count(*alice, u"SELECT count(*) FROM article"_s), 2); // one article, not two copies
        QCOMPARE(count(*alice, u"SELECT count(*) FROM annotation WHERE author = 'bob'"_s), 4);
        QCOMPARE(count(*alice, u"SELECT count(*) FROM relation"_s), 1);
        // The pulled article is searchable.
        QCOMPARE(count(*alice, u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'بوريل'"_s), 1);
        // Nothing more to do: a sync with nothing to push or pull.
        Result<SyncSummary> idle = sync(*bob, u"bob"_s);
        QVERIFY(idle);
        QCOMPARE(idle->text(), u"pushed 0, pulled 0, conflicts 0"_s);
    }

    // An attribute's key is its annotation and its name; its owner is the annotation's author.
    // A DATE tag's value is four attributes: they travel with it (the bench found them failing).
    void annotationAttributes_travelWithTheirAnnotation()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        const qint64 a1 = test::importBody(*alice, u"one"_s, Body1);
        test::importBody(*bob, u"one"_s, Body1);
        const qint64 tag = test::tagFirst(*alice, u"alice"_s, a1, u"القاهرة"_s, u"DATE"_s);
        QVERIFY(tag > 0);
        QVERIFY(AnnotationService(*alice, u"alice"_s).setAttribute(tag, u"calendar"_s, u"islamic-umalqura"_s));
        QVERIFY(AnnotationService(*alice, u"alice"_s).setAttribute(tag, u"value"_s, u"1436-10-07"_s));
        Result<SyncSummary> pushed = sync(*alice, u"alice"_s);
        QVERIFY2(pushed, test::why(pushed).constData());
        Result<SyncSummary> pulled = sync(*bob, u"bob"_s);
        QVERIFY2(pulled, test::why(pulled).constData());
        QCOMPARE(count(*bob,
                       u"SELECT count(*) FROM annotation_attribute aa JOIN annotation a ON a.id = aa.annotation_id "
                       "WHERE a.author = 'alice' AND aa.value IN ('islamic-umalqura', '1436-10-07')"_s),
                 2);
        QCOMPARE(dump(*alice), dump(*bob));
    }

    void threeAnnotators_anySyncOrder_sameFinalState()
    {
        std::unique_ptr<Library> libraries[3] = {library(u"alice"_s), library(u"bob"_s), library(u"carol"_s)};
        const QString names[3] = {u"alice"_s, u"bob"_s, u"carol"_s};
        const QString spans[3] = {u"مصر"_s, u"الأردن"_s, u"وزير الخارجية"_s};
        for (int i = 0; i < 3; ++i) {
            const qint64 article = test::importBody(*libraries[i], u"one"_s, Body1);
            QVERIFY(test::tagFirst(*libraries[i], names[i], article, spans[i], u"LOC"_s));
        }
        const int orders[][3] = {{2, 0, 1}, {1, 2, 0}, {0, 1, 2}};
        for (const auto& order : orders)
            for (int i : order) {
                Result<SyncSummary> done = sync(*libraries[i], names[i]);
                QVERIFY2(done, test::why(done).constData());
            }
        QCOMPARE(dump(*libraries[0]), dump(*libraries[1]));
        QCOMPARE(dump(*libraries[1]), dump(*libraries[2]));
        QCOMPARE(count(*libraries[2], u"SELECT count(*) FROM annotation"_s), 3);
    }

    void sharedEntity_changedByTwo_lastChangeWins_loserInHistory()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        const qint64 article = test::importBody(*alice, u"one"_s, Body1);
        const qint64 tag = test::tagFirst(*alice, u"alice"_s, article, u"سامح شكري"_s, u"PER"_s);
        QVERIFY(tag);
        EntityRegistry registry(*alice);
        const Entity shoukry = registry.resolve(u"سامح شكري"_s, test::entityTypeId(*alice, u"PER"_s)).value();
        SYNCED(*alice, u"alice"_s);
        SYNCED(*bob, u"bob"_s);
        const qint64 bobsCopy = count(*bob, u"SELECT id FROM entity"_s);
        QVERIFY(bobsCopy > 0);
        // Both change the note of the same entity, offline: alice first, bob later.
        QVERIFY(registry.setNote(shoukry.id, u"وزير خارجية مصر"_s));
        QTest::qWait(20);
        QVERIFY(EntityRegistry(*bob).setNote(bobsCopy, u"الدبلوماسي المصري"_s));
        // Bob syncs first, then alice: alice's change is older, so it loses.
        Result<SyncSummary> bobs = sync(*bob, u"bob"_s);
        QVERIFY2(bobs, test::why(bobs).constData());
        QCOMPARE(bobs->conflicts, 0);
        Result<SyncSummary> alices = sync(*alice, u"alice"_s);
        QVERIFY2(alices, test::why(alices).constData());
        QCOMPARE(alices->conflicts, 1);
        SYNCED(*bob, u"bob"_s);
        QCOMPARE(dump(*alice), dump(*bob));
        QVERIFY(dump(*alice).contains(u"entity سامح شكري الدبلوماسي المصري"_s));
        // The losing version is kept, in the server's history and in both libraries.
        PgConnection admin = connect(u"postgres"_s);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.history WHERE kind = 'entity' AND changed_by = "
                                    "'alice' AND lost_to = 'bob' AND data->>'note' = 'وزير خارجية مصر'"_s),
                 1);
        QCOMPARE(count(*alice, u"SELECT count(*) FROM sync_history WHERE lost_to = 'bob'"_s), 1);
        QCOMPARE(count(*bob, u"SELECT count(*) FROM sync_history WHERE lost_to = 'bob'"_s), 1);
    }

    void sharedEntity_laterChangeSyncedLast_wins()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        const qint64 article = test::importBody(*alice, u"one"_s, Body1);
        QVERIFY(test::tagFirst(*alice, u"alice"_s, article, u"القاهرة"_s, u"LOC"_s));
        const Entity cairo = EntityRegistry(*alice).resolve(u"القاهرة"_s, test::entityTypeId(*alice, u"LOC"_s)).value();
        SYNCED(*alice, u"alice"_s);
        SYNCED(*bob, u"bob"_s);
        QVERIFY(EntityRegistry(*alice).setNote(cairo.id, u"عاصمة مصر"_s));
        QTest::qWait(20);
        QVERIFY(EntityRegistry(*bob).setNote(count(*bob, u"SELECT id FROM entity"_s), u"المدينة"_s));
        // Alice's older change reaches the server first; bob's later one wins over it.
        SYNCED(*alice, u"alice"_s);
        Result<SyncSummary> bobs = sync(*bob, u"bob"_s);
        QVERIFY2(bobs, test::why(bobs).constData());
        QCOMPARE(bobs->conflicts, 1);
        SYNCED(*alice, u"alice"_s);
        QCOMPARE(dump(*alice), dump(*bob));
        QVERIFY(dump(*alice).contains(u"entity القاهرة المدينة"_s));
    }

    void deletions_travel_andNothingComesBack()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        const qint64 a1 = test::importBody(*alice, u"one"_s, Body1);
        const qint64 a2 = test::importBody(*alice, u"two"_s, Body2);
        const qint64 tag = test::tagFirst(*alice, u"alice"_s, a1, u"مصر"_s, u"LOC"_s);
        QVERIFY(test::tagFirst(*alice, u"alice"_s, a2, u"عمّان"_s, u"LOC"_s));
        SYNCED(*alice, u"alice"_s);
        SYNCED(*bob, u"bob"_s);
        QCOMPARE(count(*bob, u"SELECT count(*) FROM annotation"_s), 2);
        QVERIFY(AnnotationService(*alice, u"alice"_s).remove({tag}));
        QVERIFY(alice->database().exec(u"DELETE FROM article WHERE id = %1"_s.arg(a2)));
        SYNCED(*alice, u"alice"_s);
        SYNCED(*bob, u"bob"_s);
        QCOMPARE(count(*bob, u"SELECT count(*) FROM annotation"_s), 0);
        QCOMPARE(count(*bob, u"SELECT count(*) FROM article"_s), 1);
        // A library that joins later gets neither back.
        std::unique_ptr<Library> carol = library(u"carol"_s);
        SYNCED(*carol, u"carol"_s);
        QCOMPARE(dump(*carol), dump(*alice));
        QCOMPARE(dump(*carol), dump(*bob));
        // SQLite may give the removed tag's id to a new row: the new row is a new object.
        const qint64 again = test::tagFirst(*alice, u"alice"_s, a1, u"الأردن"_s, u"LOC"_s);
        QVERIFY(again);
        SYNCED(*alice, u"alice"_s);
        SYNCED(*bob, u"bob"_s);
        QCOMPARE(dump(*bob), dump(*alice));
        PgConnection admin = connect(u"postgres"_s);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.annotation WHERE deleted"_s), 2);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.annotation WHERE NOT deleted"_s), 1);
    }

    void rowLevelSecurity_directSql_cannotTouchAnotherLayerOrGold()
    {
        std::unique_ptr<Library> bob = library(u"bob"_s);
        std::unique_ptr<Library> curator = library(u"curator"_s);
        const qint64 article = test::importBody(*bob, u"one"_s, Body1);
        QVERIFY(test::tagFirst(*bob, u"bob"_s, article, u"مصر"_s, u"LOC"_s));
        SYNCED(*bob, u"bob"_s);
        SYNCED(*curator, u"curator"_s);
        QVERIFY(test::tagFirst(*curator, u"gold"_s, count(*curator, u"SELECT id FROM article"_s), u"مصر"_s, u"LOC"_s));
        Result<SyncSummary> curated = sync(*curator, u"curator"_s);
        QVERIFY2(curated, test::why(curated).constData());
        QCOMPARE(curated->pushed, 1);

        PgConnection alice = connect(u"alice"_s);
        // Alice sees the other layers but cannot change, delete or forge them.
        QCOMPARE(serverCount(alice, u"SELECT count(*) FROM hamish.annotation"_s), 2);
        Result<PgRows> changed = alice.query(u"UPDATE hamish.annotation SET deleted = true"_s);
        QVERIFY(changed);
        QCOMPARE(changed->affected, 0);
        Result<PgRows> removed = alice.query(u"DELETE FROM hamish.annotation"_s);
        QVERIFY(removed);
        QCOMPARE(removed->affected, 0);
        for (const QString& owner : {u"bob"_s, u"gold"_s}) {
            Result<PgRows> forged =
                alice.query(u"INSERT INTO hamish.annotation (global_id, annotator, origin, change, changed_at, data) "
                            "VALUES ('forged-' || $1, $1, 'x', nextval('hamish.change_seq'), '2026', '{}')"_s,
                            {owner});
            QVERIFY(!forged);
            QVERIFY(forged.error().contains(u"row-level security"_s));
        }
        // Nor can she write a row of her own in somebody else's name.
        QVERIFY(!alice.query(u"INSERT INTO hamish.annotation (global_id, annotator, changed_by, origin, change, "
                             "changed_at, data) VALUES ('x', 'alice', 'bob', 'x', 1, '2026', '{}')"_s));
        // Bob can change his own, but not the gold layer; the curator can.
        PgConnection bobs = connect(u"bob"_s);
        QCOMPARE(bobs.query(u"UPDATE hamish.annotation SET changed_at = changed_at"_s)->affected, 1);
        PgConnection curators = connect(u"curator"_s);
        QCOMPARE(curators.query(u"UPDATE hamish.annotation SET changed_at = changed_at WHERE annotator = 'gold'"_s)
                     ->affected,
                 1);
        // The history is append-only.
        QVERIFY(!alice.query(u"INSERT INTO hamish.history (kind, global_id, deleted, changed_by, changed_at, lost_to, "
                             "recorded_by) VALUES ('entity', 'x', false, 'bob', '2026', 'bob', 'bob')"_s));
        QVERIFY(!alice.query(u"DELETE FROM hamish.history"_s));
        QVERIFY(!alice.query(u"UPDATE hamish.history SET lost_to = 'alice'"_s));
    }

    void rowLevelSecurity_throughHamish_otherLayersStayLocal()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        const qint64 article = test::importBody(*alice, u"one"_s, Body1);
        QVERIFY(test::tagFirst(*alice, u"alice"_s, article, u"مصر"_s, u"LOC"_s));
        // A layer alice's library holds but alice may not write (an import of bob's files, say),
        // and the gold layer.
        QVERIFY(test::tagFirst(*alice, u"bob"_s, article, u"الأردن"_s, u"LOC"_s));
        QVERIFY(test::tagFirst(*alice, u"gold"_s, article, u"القاهرة"_s, u"LOC"_s));
        Result<SyncSummary> done = sync(*alice, u"alice"_s);
        QVERIFY2(done, test::why(done).constData());
        QCOMPARE(done->notPushable, 2);
        PgConnection admin = connect(u"postgres"_s);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.annotation"_s), 1);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.annotation WHERE annotator = 'alice'"_s), 1);
        // They stay waiting, and the next sync says so again.
        QCOMPARE(sync(*alice, u"alice"_s)->notPushable, 2);
    }

    void curatorsDefinitions_onlyTheCuratorChanges()
    {
        std::unique_ptr<Library> curator = library(u"curator"_s);
        std::unique_ptr<Library> alice = library(u"alice"_s);
        AnnotationService types(*curator, u"gold"_s);
        Result<EntityType> made = types.addEntityType(u"WEAPON"_s, u"سلاح"_s, u"Weapon"_s, u"#123456"_s);
        QVERIFY2(made, test::why(made).constData());
        SYNCED(*curator, u"curator"_s);
        SYNCED(*alice, u"alice"_s);
        QVERIFY(dump(*alice).contains(u"type WEAPON سلاح Weapon #123456"_s));
        // Alice renames it: her change loses to the curator's definition.
        QVERIFY(alice->database().exec(u"UPDATE entity_type SET name_en = 'Arms' WHERE code = 'WEAPON'"_s));
        Result<SyncSummary> alices = sync(*alice, u"alice"_s);
        QVERIFY2(alices, test::why(alices).constData());
        QCOMPARE(alices->conflicts, 1);
        QVERIFY(dump(*alice).contains(u"type WEAPON سلاح Weapon #123456"_s));
    }

    // The server stops dead while a sync waits on a table another session holds: first in the
    // middle of the push (the articles are in, the annotations not), then in the middle of the pull.
    // Afterwards the next sync completes, with everything and no duplicate.
    void serverStoppedMidSync_nextSyncCompletes_data()
    {
        QTest::addColumn<QString>("pusher");
        QTest::addColumn<QString>("blockedTable");
        QTest::newRow("push") << u"alice"_s << u"annotation"_s;
        QTest::newRow("pull") << u"bob"_s << u"annotation"_s; // bob pushes no tag: he waits in the pull
    }

    void serverStoppedMidSync_nextSyncCompletes()
    {
        QFETCH(QString, pusher);
        QFETCH(QString, blockedTable);
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        for (int i = 0; i < 5; ++i) {
            const qint64 article = test::importBody(*alice, u"a%1"_s.arg(i), Body1 + QString::number(i));
            QVERIFY(test::tagFirst(*alice, u"alice"_s, article, u"مصر"_s, u"LOC"_s));
            QVERIFY(test::tagFirst(*alice, u"alice"_s, article, u"سامح شكري"_s, u"PER"_s));
        }
        if (pusher == u"bob"_s) // bob's sync is only a pull
            SYNCED(*alice, u"alice"_s);
        Library& syncing = pusher == u"alice"_s ? *alice : *bob;
        const QString path = syncing.path();
        {
            PgConnection blocker = connect(u"postgres"_s);
            QVERIFY(blocker.exec(u"BEGIN; LOCK TABLE hamish.%1 IN ACCESS EXCLUSIVE MODE"_s.arg(blockedTable)));
            auto running = std::async(std::launch::async, [&] {
                Result<std::unique_ptr<Library>> own = Library::open(path);
                if (!own)
                    return QString(own.error());
                Result<SyncSummary> done = sync(**own, pusher);
                return done ? QString() : done.error();
            });
            // Wait until the sync is stuck behind the lock, then stop the server dead.
            PgConnection watcher = connect(u"postgres"_s);
            bool waiting = false;
            for (int i = 0; i < 200 && !waiting; ++i) {
                QTest::qWait(25);
                waiting = serverCount(watcher, u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                               "AND usename = '%1'"_s.arg(pusher))
                          > 0;
            }
            QVERIFY(waiting);
            m_cluster->stop(test::PgCluster::Shutdown::Immediate);
            const QString error = running.get();
            QVERIFY2(!error.isEmpty(), "the sync should have failed with the server gone");
        }
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        QCOMPARE(collectRows<QString>(syncing.database().prepare(u"PRAGMA integrity_check"_s),
                                      [](Statement& st) { return st.text(0); })
                     .value(),
                 QStringList{u"ok"_s});
        SYNCED(*alice, u"alice"_s);
        SYNCED(*bob, u"bob"_s);
        QCOMPARE(dump(*bob), dump(*alice));
        QCOMPARE(count(*bob, u"SELECT count(*) FROM annotation"_s), 10);
        PgConnection admin = connect(u"postgres"_s);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.annotation"_s), 10);
        QCOMPARE(serverCount(admin, u"SELECT count(*) FROM hamish.article"_s), 5);
        Result<SyncSummary> idle = sync(*alice, u"alice"_s);
        QVERIFY(idle);
        QCOMPARE(idle->text(), u"pushed 0, pulled 0, conflicts 0"_s);
    }

    void hostileServerRows_refusedByName_nothingApplied()
    {
        std::unique_ptr<Library> alice = library(u"alice"_s);
        std::unique_ptr<Library> bob = library(u"bob"_s);
        const qint64 article = test::importBody(*alice, u"one"_s, Body1);
        QVERIFY(test::tagFirst(*alice, u"alice"_s, article, u"مصر"_s, u"LOC"_s));
        SYNCED(*alice, u"alice"_s);
        PgConnection admin = connect(u"postgres"_s);
        const QString articleId = admin.query(u"SELECT global_id FROM hamish.article"_s).value().rows.value(0).value(0);
        const QString typeId = admin.query(u"SELECT global_id FROM hamish.entity_type WHERE data->>'code' = 'LOC'"_s)
                                   .value()
                                   .rows.value(0)
                                   .value(0);
        const QString good = uR"({"article_id":"%1","kind":"entity","start":%2,"end":%3,"quote":"%4",
            "entity_type_id":"%5","colour":null,"note":"","author":"alice","created":"2026","modified":"2026",
            "entity_id":null,"attributes":""})"_s;
        const int start = int(Body1.indexOf(u"القاهرة"_s));
        struct Case
        {
            QString name, data, expected;
        };
        const QList<Case> cases{
            {u"past-the-end"_s, good.arg(articleId).arg(start).arg(Body1.size() + 5).arg(u"القاهرة"_s, typeId),
             u"not inside its article's text"_s},
            {u"wrong-quote"_s, good.arg(articleId).arg(start).arg(start + 7).arg(u"الجيزة"_s, typeId),
             u"its quote is not the text"_s},
            {u"unknown-type"_s, good.arg(articleId).arg(start).arg(start + 7).arg(u"القاهرة"_s, u"no-such-type"_s),
             u"refers to an unknown entity_type"_s},
            {u"long-note"_s,
             good.arg(articleId)
                 .arg(start)
                 .arg(start + 7)
                 .arg(u"القاهرة"_s, typeId)
                 .replace(u"\"note\":\"\""_s,
                          u"\"note\":\"%1\""_s.arg(QString(PulledChanges::MaxFieldLength + 1, u'ن'))),
             u"its note is longer than"_s},
            {u"not-json-object"_s, u"[1, 2]"_s, u"not a JSON object"_s},
        };
        SYNCED(*bob, u"bob"_s);
        const QStringList before = dump(*bob);
        const qint64 lastChange = count(*bob, u"SELECT value FROM sync_state WHERE name = 'last_change'"_s);
        for (const Case& c : cases) {
            // A good row of carol's comes first in the same pull, then the bad one.
            QVERIFY(
                admin.query(u"INSERT INTO hamish.annotation (global_id, annotator, origin, change, changed_at, data) "
                            "VALUES ('good-' || $1, 'alice', 'elsewhere', nextval('hamish.change_seq'), '2026', $2)"_s,
                            {c.name, good.arg(articleId).arg(start).arg(start + 7).arg(u"القاهرة"_s, typeId)}));
            QVERIFY(
                admin.query(u"INSERT INTO hamish.annotation (global_id, annotator, origin, change, changed_at, data) "
                            "VALUES ($1, 'alice', 'elsewhere', nextval('hamish.change_seq'), '2026', $2)"_s,
                            {c.name, c.data}));
            Result<SyncSummary> refused = sync(*bob, u"bob"_s);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(c.name) && refused.error().contains(c.expected),
                     qPrintable(refused.error()));
            QCOMPARE(dump(*bob), before);
            QCOMPARE(count(*bob, u"SELECT value FROM sync_state WHERE name = 'last_change'"_s), lastChange);
            QVERIFY(admin.query(u"DELETE FROM hamish.annotation WHERE global_id IN ($1, 'good-' || $1)"_s, {c.name}));
        }
        SYNCED(*bob, u"bob"_s);
    }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
