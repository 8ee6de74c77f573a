#include "storage/database.h"

#include "storage/statementcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "hamish.core.store", QtInfoMsg)

namespace hamish {

namespace {

constexpr int BusyTimeoutMs = 5000;

// Library files hold private work: create them readable by their owner only.
// SQLite gives the -wal and -shm files the permissions of the main file.
Status createPrivateFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return {};
    if (!QDir().mkpath(info.absolutePath()))
        return failure(Database::tr("Cannot create the folder %1").arg(info.absolutePath()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failure(Database::tr("Cannot create %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    if (mode == Mode::ReadWrite) {
        if (Status created = createPrivateFile(path); !created)
            return failure(created.error());
    }
    sqlite3* db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return failure(Database::tr("Cannot open the library %1: %2").arg(path, message));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, BusyTimeoutMs);

    std::unique_ptr<Database> database(new Database(db, path, mode));
    // A page cache of up to 32 MiB (SQLite's default is 2): at 300,000 articles a ranked search
    // touches pages all over the index, and with 2 MiB it went back to the file for pages it had
    // just read (search median 16 -> 13 ms; README, issue 20). The cache grows only as pages are
    // read. A bulk import sets its own size while it writes (BulkWrite).
    QString pragmas = QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA cache_size=-32768;");
    if (mode == Mode::ReadWrite)
        pragmas += QStringLiteral("PRAGMA journal_mode=WAL;");
    if (Status ok = database->exec(pragmas); !ok)
        return failure(Database::tr("Cannot open the library %1: %2").arg(path, ok.error()));
    // Reading a file that is not a database fails only on first access: check now.
    if (Result<qint64> probe = database->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !probe)
        return failure(Database::tr("%1 is not a Hamish library: %2").arg(path, probe.error()));
    return database;
}

Database::Database(sqlite3* db, QString path, Mode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_statements(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    m_statements.reset(); // finalizes the idle statements before the connection closes
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(const QString& sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (sqlite3_stmt* cached = m_statements->take(utf8))
        return Statement(m_db, cached, m_statements, std::move(utf8));
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK)
        return failure(lastError());
    return Statement(m_db, stmt, m_statements, std::move(utf8));
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return failure(error);
    }
    return {};
}

Result<qint64> Database::queryInt(const QString& sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    Result<bool> row = stmt->step();
    if (!row)
        return failure(row.error());
    return *row ? stmt->int64(0) : 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::isInTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (Status ok = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return failure(ok.error());
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    Q_ASSERT(m_db);
    Status ok = m_db->exec(QStringLiteral("COMMIT"));
    if (ok)
        m_db = nullptr;
    return ok;
}

Result<Savepoint> Savepoint::begin(Database& db)
{
    if (Status ok = db.exec(QStringLiteral("SAVEPOINT part")); !ok)
        return failure(ok.error());
    return Savepoint(db);
}

Savepoint::Savepoint(Savepoint&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Savepoint::~Savepoint()
{
    // SQLite may have ended the whole transaction already (a full disk): then both fail harmlessly.
    if (m_db)
        (void)m_db->exec(QStringLiteral("ROLLBACK TO part; RELEASE part"));
}

Status Savepoint::release()
{
    Q_ASSERT(m_db);
    Status ok = m_db->exec(QStringLiteral("RELEASE part"));
    if (ok)
        m_db = nullptr;
    return ok;
}

} // namespace hamish
