#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hamish::test {

// A throwaway PostgreSQL 15 cluster for one test: initdb and pg_ctl from
// /usr/lib/postgresql/15/bin, listening only on a Unix socket in a temporary folder, run as the
// unprivileged `postgres` account when the test runs as root (PostgreSQL refuses root), and
// stopped when it goes out of scope, whatever the test did. No test talks to any other server.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    bool isRunning() const { return m_running; }
    // Why it did not start (the tools' own output).
    QString error() const { return m_error; }
    // A libpq connection string for a role and database of this cluster.
    QString conninfo(const QString& user = QStringLiteral("postgres"),
                     const QString& database = QStringLiteral("postgres")) const;
    // Fast: clients are told and transactions roll back. Immediate: the server stops dead, as in a
    // crash or a cut cable, and recovers when started again.
    enum class Shutdown { Fast, Immediate };
    void stop(Shutdown shutdown = Shutdown::Fast);
    // Starts it again after stop().
    bool start();

private:
    bool run(const QString& program, const QStringList& arguments);

    QTemporaryDir m_dir;
    bool m_asPostgres = false; // root: the tools run as the postgres account
    bool m_running = false;
    QString m_error;
};

} // namespace hamish::test
