#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void open_newFile_setsDurablePragmas()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY2(db, test::why(db).constData());
        Result<Statement> mode = (*db)->prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode);
        QCOMPARE(mode->step().value(), true);
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        QCOMPARE((*db)->queryInt(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
        QCOMPARE((*db)->queryInt(QStringLiteral("PRAGMA synchronous")).value(), 2);
        QCOMPARE((*db)->queryInt(QStringLiteral("PRAGMA busy_timeout")).value(), 5000);
    }

    void prepare_reusesCompiledStatementsWithFreshBindings()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(x INTEGER)")));
        const QString insert = QStringLiteral("INSERT INTO t(x) VALUES (?1)");
        for (qint64 i = 1; i <= 3; ++i) {
            Result<Statement> stmt = (*db)->prepare(insert);
            QVERIFY(stmt);
            stmt->bind(1, i);
            QVERIFY(stmt->run());
        }
        {
            // A statement given back mid-way is reset, and its old binding is gone.
            Result<Statement> stmt =
                (*db)->prepare(QStringLiteral("SELECT x FROM t WHERE ?1 IS NULL OR x = ?1 ORDER BY x"));
            stmt->bind(1, qint64(2));
            QCOMPARE(stmt->step().value(), true);
            QCOMPARE(stmt->int64(0), 2);
        }
        Result<Statement> again =
            (*db)->prepare(QStringLiteral("SELECT x FROM t WHERE ?1 IS NULL OR x = ?1 ORDER BY x"));
        QList<qint64> all;
        while (again->step().value())
            all.append(again->int64(0));
        QCOMPARE(all, (QList<qint64>{1, 2, 3}));

        // A cached statement follows a schema change.
        QVERIFY((*db)->exec(QStringLiteral("ALTER TABLE t ADD COLUMN y TEXT DEFAULT 'z'")));
        Result<Statement> star = (*db)->prepare(QStringLiteral("SELECT * FROM t"));
        QCOMPARE(star->step().value(), true);
        QCOMPARE(star->text(1), QStringLiteral("z"));
    }

    void statement_outlivingItsDatabase_isFinalizedSafely()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("late.db")));
        QVERIFY(db);
        Result<Statement> stmt = (*db)->prepare(QStringLiteral("SELECT 1"));
        QVERIFY(stmt);
        db->reset(); // the statement is finalized by itself, not handed to a cache that is gone
        QVERIFY(stmt.has_value());
    }

    void open_newFile_isReadableByOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.db"));
        QVERIFY(Database::open(path));
        const QFile::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(permissions & QFile::WriteOwner);
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void open_fileThatIsNotADatabase_isRefusedWithItsPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().contains(path));
    }

    void transaction_outOfScopeUncommitted_rollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(x)")));
        {
            auto transaction = Transaction::begin(**db);
            QVERIFY(transaction);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        QCOMPARE((*db)->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
        {
            auto transaction = Transaction::begin(**db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
            QVERIFY(transaction->commit());
        }
        QCOMPARE((*db)->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
    }

    void statement_bindsArabicAndNonBmpTextExactly()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(x TEXT)")));
        const QString value = QStringLiteral("👨🏻‍🚒 مُحَمَّد'; DROP TABLE t; --");
        auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
        QVERIFY(insert);
        QVERIFY(insert->bind(1, value).run());
        auto select = (*db)->prepare(QStringLiteral("SELECT x FROM t"));
        QCOMPARE(select->step().value(), true);
        QCOMPARE(select->text(0), value);
    }

    void prepare_badSql_returnsTheSqliteMessage()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("e.db")));
        auto stmt = (*db)->prepare(QStringLiteral("SELEC nothing"));
        QVERIFY(!stmt);
        QVERIFY(stmt.error().contains(QStringLiteral("syntax error")));
    }

    void open_readOnly_refusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.db"));
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(x)")));
        }
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, test::why(db).constData());
        QVERIFY((*db)->isReadOnly());
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE((*db)->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
