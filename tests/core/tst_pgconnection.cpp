#include "pgcluster.h"
#include "team/pgconnection.h"
#include "testsupport.h"

#include <QTest>

using namespace hamish;

// The libpq connection team projects use (issue 18), against a throwaway PostgreSQL 15 cluster
// the test starts and stops itself.
class TestPgConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgCluster> m_cluster;

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void connects_andSaysWhoItIs()
    {
        Result<PgConnection> connection = PgConnection::open(m_cluster->conninfo());
        QVERIFY2(connection, test::why(connection).constData());
        QVERIFY(connection->serverVersion().startsWith(QStringLiteral("15.")));
        QCOMPARE(connection->user(), QStringLiteral("postgres"));
    }

    void parameters_travelApartFromTheSql_arabicAndNonBmpIntact()
    {
        PgConnection connection = std::move(PgConnection::open(m_cluster->conninfo()).value());
        QVERIFY(connection.exec(QStringLiteral("CREATE TABLE quote (id int PRIMARY KEY, text text, note text)")));
        const QString arabic = QStringLiteral("قال الرئيس «نبيل قاسم» 🙂'); DROP TABLE quote; --");
        const Result<PgRows> inserted = connection.query(QStringLiteral("INSERT INTO quote VALUES ($1, $2, $3)"),
                                                         {QStringLiteral("1"), arabic, {}});
        QVERIFY2(inserted, test::why(inserted).constData());
        QCOMPARE(inserted->affected, 1);
        const Result<PgRows> read = connection.query(
            QStringLiteral("SELECT text, note, length(text) FROM quote WHERE id = $1"), {QStringLiteral("1")});
        QVERIFY(read);
        QCOMPARE(read->columns,
                 (QStringList{QStringLiteral("text"), QStringLiteral("note"), QStringLiteral("length")}));
        QCOMPARE(read->rows.size(), 1);
        QCOMPARE(read->rows.at(0).at(0), arabic);
        QVERIFY(read->rows.at(0).at(1).isNull()); // SQL NULL
        // The server counts code points: the emoji is one.
        QCOMPARE(read->rows.at(0).at(2).toInt(), int(arabic.toUcs4().size()));
    }

    void errors_carryTheServersMessage()
    {
        PgConnection connection = std::move(PgConnection::open(m_cluster->conninfo()).value());
        const Result<PgRows> bad = connection.query(QStringLiteral("SELEC 1"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QStringLiteral("syntax error")), qPrintable(bad.error()));
        QVERIFY(!connection.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)")));
        // A refused query leaves the connection usable.
        QVERIFY(connection.query(QStringLiteral("SELECT 1")));
        const Result<PgConnection> nobody = PgConnection::open(m_cluster->conninfo(QStringLiteral("nobody")));
        QVERIFY(!nobody);
        QVERIFY2(nobody.error().contains(QStringLiteral("nobody")), qPrintable(nobody.error()));
        QVERIFY(!PgConnection::open(QStringLiteral("host=/nonexistent/socket dbname=x")));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
