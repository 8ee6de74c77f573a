#pragma once

#include "result.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace hamish {

class StatementCache;

// Owns one sqlite3 connection. Every connection gets WAL, foreign keys, a busy
// timeout and FULL synchronous commits, so that an acknowledged write survives a kill.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Result<Statement> prepare(const QString& sql);
    // Runs one or more statements that take no parameters.
    Status exec(const QString& sql);
    Result<qint64> queryInt(const QString& sql);

    qint64 lastInsertId() const;
    int changes() const;
    // Whether a transaction is open (SQLite ends one itself on some errors, such as a full disk).
    bool isInTransaction() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path, Mode mode);
    QString lastError() const;

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode;
    std::shared_ptr<StatementCache> m_statements;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    explicit Transaction(Database& db)
        : m_db(&db)
    {
    }
    Database* m_db = nullptr;
};

// SAVEPOINT ... RELEASE inside an open transaction: a part of it that can fail alone. Unreleased,
// it rolls back to where it began when it goes out of scope, and the transaction goes on.
class Savepoint
{
public:
    static Result<Savepoint> begin(Database& db);
    Savepoint(Savepoint&& other) noexcept;
    Savepoint& operator=(Savepoint&&) = delete;
    Savepoint(const Savepoint&) = delete;
    ~Savepoint();

    Status release();

private:
    explicit Savepoint(Database& db)
        : m_db(&db)
    {
    }
    Database* m_db = nullptr;
};

// Runs work (returning Status) between BEGIN IMMEDIATE and COMMIT; rolls back when it fails.
template<class Work> Status inTransaction(Database& db, Work&& work)
{
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction)
        return failure(Database::tr("The library cannot be written: %1").arg(transaction.error()));
    if (Status ok = work(); !ok)
        return ok;
    if (Status ok = transaction->commit(); !ok)
        return failure(Database::tr("The library cannot be written: %1").arg(ok.error()));
    return {};
}

} // namespace hamish
