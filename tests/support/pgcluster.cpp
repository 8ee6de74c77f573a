#include "pgcluster.h"

#include <QDir>
#include <QProcess>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hamish::test {

namespace {

const QString Bin = QStringLiteral("/usr/lib/postgresql/15/bin/");

} // namespace

PgCluster::PgCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/hamish-pg-XXXXXX"))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QString root = m_dir.path();
    QDir().mkpath(root + QStringLiteral("/sock"));
    m_asPostgres = geteuid() == 0;
    if (m_asPostgres) {
        // The postgres account must enter the folder, own the data and write the socket.
        const passwd* account = getpwnam("postgres");
        if (!account) {
            m_error = QStringLiteral("there is no postgres account (apt-get install postgresql)");
            return;
        }
        for (const QString& path : QStringList{root, root + QStringLiteral("/sock")}) {
            if (chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0
                || chmod(QFile::encodeName(path).constData(), 0700) != 0) {
                m_error = QStringLiteral("cannot hand %1 to postgres").arg(path);
                return;
            }
        }
    }
    const QString data = root + QStringLiteral("/data");
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-N")}))
        return;
    start();
}

bool PgCluster::start()
{
    if (m_running)
        return true;
    const QString root = m_dir.path();
    m_running =
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), root + QStringLiteral("/data"), QStringLiteral("-l"), root + QStringLiteral("/log"),
             QStringLiteral("-o"), QStringLiteral("-k %1/sock -c listen_addresses='' -c fsync=off").arg(root),
             QStringLiteral("-w"), QStringLiteral("start")});
    return m_running;
}

PgCluster::~PgCluster()
{
    stop();
}

void PgCluster::stop(Shutdown shutdown)
{
    if (!m_running)
        return;
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"),
         shutdown == Shutdown::Immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
         QStringLiteral("stop")});
    m_running = false;
}

QString PgCluster::conninfo(const QString& user, const QString& database) const
{
    return QStringLiteral("host=%1/sock user=%2 dbname=%3").arg(m_dir.path(), user, database);
}

bool PgCluster::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    if (m_asPostgres)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), Bin + program}
                          + arguments);
    else
        process.start(Bin + program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace hamish::test
