#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hamish {

class StatementCache;

// One prepared statement. Values are always bound, never spliced into SQL.
// Parameters are 1-based as in SQLite; columns are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    // A statement that goes back to `cache` (when it still exists) instead of being finalized.
    Statement(sqlite3* db, sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache, QByteArray sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& value);
    // Text already in UTF-8.
    Statement& bindText(int index, const QByteArray& utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    // How many parameters the statement has (its highest ?N).
    int parameterCount() const;

    // True while a row is available, false when done.
    Result<bool> step();
    // Runs to completion, ignoring rows.
    Status run();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    QString lastError() const;
    void release();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_bindError;
    std::weak_ptr<StatementCache> m_cache;
    QByteArray m_sql;
};

// Steps through every row of a prepared statement, turning each into a T with read(row).
template<class T, class Read> Result<QList<T>> collectRows(Result<Statement> stmt, Read read)
{
    if (!stmt)
        return failure(stmt.error());
    QList<T> rows;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return failure(row.error());
        if (!*row)
            return rows;
        rows.append(read(*stmt));
    }
}

// The first row of a prepared statement as a T, or nothing when it has no rows.
template<class T, class Read> Result<std::optional<T>> firstRow(Result<Statement> stmt, Read read)
{
    if (!stmt)
        return failure(stmt.error());
    Result<bool> row = stmt->step();
    if (!row)
        return failure(row.error());
    return *row ? std::optional<T>(read(*stmt)) : std::nullopt;
}

// The first row as a T, or a failure saying missing() when there is none.
template<class T, class Read, class Missing> Result<T> requiredRow(Result<Statement> stmt, Read read, Missing missing)
{
    Result<std::optional<T>> found = firstRow<T>(std::move(stmt), read);
    if (!found)
        return failure(found.error());
    if (!*found)
        return failure(missing());
    return std::move(**found);
}

} // namespace hamish
