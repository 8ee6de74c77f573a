#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn; // libpq's PGconn

namespace hamish {

// What a query returned: its columns and rows as text (libpq's text format; a null cell is a null
// QString), and how many rows an INSERT, UPDATE or DELETE changed.
struct PgRows
{
    QStringList columns;
    QList<QStringList> rows;
    int affected = 0;
};

// One connection to a PostgreSQL server through libpq (the only file that includes it), for
// team projects (issue 18). The connection string is libpq's, keywords or a URI; passwords come
// from libpq's own look-up (PGPASSFILE, ~/.pgpass, PGPASSWORD), never from the library.
// Parameters travel apart from the SQL, so no value is ever spliced into it. Errors carry the
// server's message.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    static Result<PgConnection> open(const QString& conninfo);
    // With a password the user typed (the window's prompt); it is kept nowhere. `needsPassword` is
    // set when the server asked for a password and none (or a wrong one) was given.
    static Result<PgConnection> open(const QString& conninfo, const QString& password, bool* needsPassword = nullptr);

    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    ~PgConnection() = default;

    // One statement with $1, $2… bound to `parameters` (a null QString is SQL NULL).
    Result<PgRows> query(const QString& sql, const QStringList& parameters = {});
    // One or more statements without parameters (a schema, BEGIN, COMMIT).
    Status exec(const QString& sql);
    // COPY … FROM STDIN with `data` in COPY's text format (tab-separated fields made by
    // appendCopyField(), one line per row).
    Status copyIn(const QString& copySql, const QByteArray& data);
    // The same in steps, for data made while it is sent (the server parses one part while the
    // next is made): beginCopy(), putCopyData() as often as needed, then endCopy(), or
    // abortCopy() to make the server refuse it.
    Status beginCopy(const QString& copySql);
    Status putCopyData(const QByteArray& data);
    Status endCopy();
    void abortCopy();
    // A value escaped for COPY's text format.
    static void appendCopyField(QByteArray& line, const QString& value);
    // Text already in UTF-8; a null QByteArray is SQL NULL.
    static void appendCopyField(QByteArray& line, const QByteArray& utf8);
    // The server's version as it reports it ("15.20"), and the role this connection acts as.
    QString serverVersion() const;
    QString user() const;

private:
    struct Close
    {
        void operator()(pg_conn* connection) const;
    };
    explicit PgConnection(pg_conn* connection);
    QString lastError() const;

    std::unique_ptr<pg_conn, Close> m_connection;
};

} // namespace hamish
