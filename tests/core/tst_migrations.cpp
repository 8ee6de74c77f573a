#include "search/searchextensions.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/synctables.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

namespace {

Article articleNumber(int i)
{
    Article article;
    article.title = QStringLiteral("خبر %1").arg(i);
    article.body = QStringLiteral("وصل الوفد إلى جدة في اليوم %1").arg(i);
    article.importedAt = QDateTime::currentDateTimeUtc();
    return article;
}

std::unique_ptr<Database> openRaw(const QString& path)
{
    auto db = Database::open(path);
    if (!db || !registerSearchExtensions(**db))
        qFatal("cannot open %s", qPrintable(path));
    return std::move(*db);
}

qint64 count(Database& db, const QString& sql)
{
    return db.queryInt(sql).value_or(-1);
}

bool hasObject(Database& db, const QString& name)
{
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?1"));
    stmt->bind(1, name);
    return stmt->step().value_or(false) && stmt->int64(0) == 1;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migrate_emptyFileToVersion1_createsArticlesAndStampsTheFile()
    {
        QTemporaryDir dir;
        auto db = openRaw(dir.filePath(QStringLiteral("v1.hamish")));
        QVERIFY(migrate(*db, 1));
        QCOMPARE(schemaVersion(*db).value(), 1);
        QCOMPARE(count(*db, QStringLiteral("PRAGMA application_id")), qint64(LibraryApplicationId));
        QVERIFY(hasObject(*db, QStringLiteral("article")));
        QVERIFY(hasObject(*db, QStringLiteral("article_body_is_immutable")));
        QVERIFY(!hasObject(*db, QStringLiteral("article_fts")));
    }

    void migrate_version1WithArticlesToVersion2_keepsThemAndIndexesThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.hamish"));
        {
            auto db = openRaw(path);
            QVERIFY(migrate(*db, 1));
            QVERIFY(
                db->exec(QStringLiteral("INSERT INTO article (title, body, content_hash, imported_at) "
                                        "VALUES ('عنوان', 'زار الوفدُ بالرياضِ معرضاً', 'h1', '2026-01-01T00:00:00Z')")));
        }
        auto db = openRaw(path);
        QVERIFY(migrate(*db, 2));
        QCOMPARE(schemaVersion(*db).value(), 2);
        QVERIFY(hasObject(*db, QStringLiteral("article_related")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM article")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'الرياض'")), 1);
    }

    // Articles indexed under the old fold (a ZWNJ inside a word, Farsi yeh) are found after the
    // upgrade; the articles already there count as read.
    void migrate_version6ToVersion7_addsLibraryStateAndIndexesWithTheNewFold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.hamish"));
        {
            auto db = openRaw(path);
            QVERIFY(migrate(*db, 6));
            Article article;
            article.title = QStringLiteral("خبر");
            article.body = QStringLiteral("زار الوفد المنا\u200Cمة لأهداف سیاسیة");
            article.importedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(ArticleStore(*db).insert(article));
        }
        auto db = openRaw(path);
        QVERIFY(migrate(*db, 7));
        const QString match = QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH '%1'");
        QCOMPARE(count(*db, match.arg(QStringLiteral("المنامه"))), 1);
        QCOMPARE(count(*db, match.arg(QStringLiteral("سياسيه"))), 1);
        for (const char16_t* table : {u"article_trash", u"article_reading", u"collection", u"collection_article"})
            QVERIFY(hasObject(*db, QString::fromUtf16(table)));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM article_reading WHERE read_at IS NOT NULL")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM article_trash")), 0);
    }

    void migrate_version5ToVersion6_theStoreIndexesArticlesAndDeletesStillLeaveTheIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.hamish"));
        {
            auto db = openRaw(path);
            QVERIFY(migrate(*db, 5));
            QVERIFY(hasObject(*db, QStringLiteral("article_fts_insert")));
            QVERIFY(
                db->exec(QStringLiteral("INSERT INTO article (title, body, content_hash, imported_at) "
                                        "VALUES ('عنوان', 'زار الوفدُ بالرياضِ معرضاً', 'h1', '2026-01-01T00:00:00Z')")));
        }
        auto db = openRaw(path);
        QVERIFY(migrate(*db, 6));
        QVERIFY(!hasObject(*db, QStringLiteral("article_fts_insert")));
        Article article;
        article.title = QStringLiteral("خبر");
        article.body = QStringLiteral("وصل الوفد إلى جدة");
        article.importedAt = QDateTime::currentDateTimeUtc();
        const qint64 id = ArticleStore(*db).insert(article).value_or(-1);
        QVERIFY(id > 1);
        const QString match = QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH '%1'");
        QCOMPARE(count(*db, match.arg(QStringLiteral("الرياض"))), 1);              // indexed before the migration
        QCOMPARE(count(*db, match.arg(QStringLiteral("جده"))), 1);                 // indexed by the store
        QCOMPARE(ArticleStore(*db).insertNew(article).value().has_value(), false); // a duplicate
        QCOMPARE(count(*db, match.arg(QStringLiteral("جده"))), 1);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM article WHERE id = %1").arg(id)));
        QCOMPARE(count(*db, match.arg(QStringLiteral("جده"))), 0);
    }

    void migrate_version2WithArticlesToVersion3_addsDefaultEntityTypesAndAnnotations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.hamish"));
        {
            auto db = openRaw(path);
            QVERIFY(migrate(*db, 2));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO article (title, body, content_hash, imported_at) "
                                            "VALUES ('عنوان', 'نص المقال', 'h1', '2026-01-01T00:00:00Z')")));
        }
        auto db = openRaw(path);
        QVERIFY(migrate(*db, 3));
        QCOMPARE(schemaVersion(*db).value(), 3);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM article")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM entity_type WHERE code IN "
                                           "('PER','ORG','LOC','MISC','DATE','EVENT')")),
                 6);
        QVERIFY(hasObject(*db, QStringLiteral("annotation")));
        QVERIFY(hasObject(*db, QStringLiteral("article_note")));
        // The schema refuses an entity without a type and a highlight without a colour.
        QVERIFY(
            !db->exec(QStringLiteral("INSERT INTO annotation (article_id, kind, start, end, quote, author, created, "
                                     "modified) VALUES (1, 'entity', 0, 2, 'نص', 'a', 't', 't')")));
        QVERIFY(
            !db->exec(QStringLiteral("INSERT INTO annotation (article_id, kind, start, end, quote, author, created, "
                                     "modified) VALUES (1, 'highlight', 0, 2, 'نص', 'a', 't', 't')")));
        // Deleting an article deletes its annotations.
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO annotation (article_id, kind, start, end, quote, colour, author, "
                           "created, modified) VALUES (1, 'highlight', 0, 2, 'نص', 'yellow', 'a', 't', 't')")));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM article")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM annotation")), 0);
    }

    void migrate_version16ToVersion17_talliesTheArticlesAlreadyThereAndKeepsCounting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v17.hamish"));
        {
            auto db = openRaw(path);
            QVERIFY(migrate(*db, 16));
            for (int i = 0; i < 3; ++i)
                QVERIFY(ArticleStore(*db).insert(articleNumber(i)));
        }
        auto db = openRaw(path);
        QVERIFY(migrate(*db, 17));
        const QString tally = QStringLiteral("SELECT articles FROM article_tally");
        QCOMPARE(count(*db, tally), 3);
        const qint64 id = ArticleStore(*db).insert(articleNumber(3)).value_or(-1);
        QVERIFY(id > 0);
        QCOMPARE(count(*db, tally), 4);
        QCOMPARE(ArticleStore(*db).count().value(), 4);
        QVERIFY(ArticleStore(*db).moveToTrash(id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(ArticleStore(*db).count().value(), 3);
        QCOMPARE(count(*db, tally), 4);
        QVERIFY(ArticleStore(*db).deleteTrashed());
        QCOMPARE(count(*db, tally), 3);
        QCOMPARE(ArticleStore(*db).count().value(), 3);
        QCOMPARE(count(*db, tally), count(*db, QStringLiteral("SELECT count(*) FROM article")));
    }

    void migrate_version17ToVersion18_dropsTheChangeTriggersOutsideATeamAndKeepsThemInOne()
    {
        QTemporaryDir dir;
        const QString alone = dir.filePath(QStringLiteral("alone.hamish"));
        const QString inTeam = dir.filePath(QStringLiteral("team.hamish"));
        const QString triggers = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                                " AND name LIKE 'sync\\_%' ESCAPE '\\'");
        qint64 tracking = 0;
        for (const QString& path : {alone, inTeam}) {
            auto db = openRaw(path);
            QVERIFY(migrate(*db, 17));
            tracking = count(*db, triggers);
            QCOMPARE(tracking, qint64(syncTables().size()) * 4);
            QVERIFY(ArticleStore(*db).insert(articleNumber(1)));
        }
        QVERIFY(openRaw(inTeam)->exec(QStringLiteral("INSERT INTO sync_state VALUES ('project', 'news')")));

        auto single = openRaw(alone);
        QVERIFY(migrate(*single, 18));
        QCOMPARE(count(*single, triggers), 0);
        QVERIFY(ArticleStore(*single).insert(articleNumber(2)));
        QCOMPARE(count(*single, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        // Joining a project brings them back, as TeamSync does on the first sync.
        QVERIFY(single->exec(changeTrackingTriggers()));
        QCOMPARE(count(*single, triggers), tracking);

        auto team = openRaw(inTeam);
        QVERIFY(migrate(*team, 18));
        QCOMPARE(count(*team, triggers), tracking);
        const qint64 before = count(*team, QStringLiteral("SELECT count(*) FROM sync_outbox"));
        QVERIFY(ArticleStore(*team).insert(articleNumber(2)));
        QCOMPARE(count(*team, QStringLiteral("SELECT count(*) FROM sync_outbox")), before + 1);
    }

    void migrate_failingStep_leavesThePreviousVersion()
    {
        QTemporaryDir dir;
        auto db = openRaw(dir.filePath(QStringLiteral("fail.hamish")));
        QVERIFY(migrate(*db, 1));
        // A table in the way makes step 2 fail half-way.
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE article_related (x)")));
        const Status result = migrate(*db);
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("schema 2")));
        QCOMPARE(schemaVersion(*db).value(), 1);
        QVERIFY(!hasObject(*db, QStringLiteral("article_fts")));
    }

    void migrate_fileFromANewerHamish_isRefused()
    {
        QTemporaryDir dir;
        auto db = openRaw(dir.filePath(QStringLiteral("new.hamish")));
        QVERIFY(migrate(*db));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        const Status result = migrate(*db);
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("newer")));
    }

    void migrate_anotherApplicationsDatabase_isRefused()
    {
        QTemporaryDir dir;
        auto db = openRaw(dir.filePath(QStringLiteral("other.db")));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        const Status result = migrate(*db);
        QVERIFY(!result);
        QCOMPARE(count(*db, QStringLiteral("PRAGMA user_version")), 0);
    }

    void libraryOpen_secondTime_isIdempotent()
    {
        test::TempLibrary temp;
        temp.library.reset();
        auto again = Library::open(temp.path());
        QVERIFY2(again, test::why(again).constData());
        QCOMPARE(schemaVersion((*again)->database()).value(), latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
