#include "team/pgconnection.h"

#include <libpq-fe.h>

namespace hamish {

namespace {

struct ClearResult
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ClearResult>;

} // namespace

void PgConnection::Close::operator()(pg_conn* connection) const
{
    PQfinish(connection);
}

PgConnection::PgConnection(pg_conn* connection)
    : m_connection(connection)
{
}

Result<PgConnection> PgConnection::open(const QString& conninfo)
{
    return open(conninfo, QString());
}

Result<PgConnection> PgConnection::open(const QString& conninfo, const QString& password, bool* needsPassword)
{
    // The connection string goes in as dbname with expand_dbname, so keywords and URIs both work
    // and a typed password is one more parameter, never spliced into the string. libpq never
    // returns null but when out of memory.
    const QByteArray info = conninfo.toUtf8();
    const QByteArray secret = password.toUtf8();
    const char* keywords[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char* values[] = {info.constData(), secret.constData(), nullptr};
    pg_conn* connection = PQconnectdbParams(keywords, values, 1);
    if (!connection)
        return failure(tr("Out of memory while connecting to the server."));
    PgConnection opened(connection);
    if (needsPassword)
        *needsPassword = PQconnectionNeedsPassword(connection) || PQconnectionUsedPassword(connection);
    if (PQstatus(connection) != CONNECTION_OK)
        return failure(tr("Cannot connect to the team server: %1").arg(opened.lastError()));
    if (PQsetClientEncoding(connection, "UTF8") != 0)
        return failure(tr("The team server does not speak UTF-8: %1").arg(opened.lastError()));
    return opened;
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_connection.get())).trimmed();
}

Result<PgRows> PgConnection::query(const QString& sql, const QStringList& parameters)
{
    QList<QByteArray> values;
    values.reserve(parameters.size());
    std::vector<const char*> pointers;
    pointers.reserve(size_t(parameters.size()));
    for (const QString& p : parameters) {
        values.append(p.toUtf8());
        pointers.push_back(p.isNull() ? nullptr : values.last().constData());
    }
    ResultHandle result(PQexecParams(m_connection.get(), sql.toUtf8().constData(), int(pointers.size()), nullptr,
                                     pointers.data(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return failure(
            tr("The team server refused a query: %1")
                .arg(result ? QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed() : lastError()));
    PgRows rows;
    const int columns = PQnfields(result.get());
    for (int c = 0; c < columns; ++c)
        rows.columns.append(QString::fromUtf8(PQfname(result.get(), c)));
    const int count = PQntuples(result.get());
    rows.rows.reserve(count);
    for (int r = 0; r < count; ++r) {
        QStringList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(PQgetisnull(result.get(), r, c)
                           ? QString()
                           : QString::fromUtf8(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c)));
        rows.rows.append(row);
    }
    rows.affected = QByteArray(PQcmdTuples(result.get())).toInt();
    return rows;
}

Status PgConnection::exec(const QString& sql)
{
    ResultHandle result(PQexec(m_connection.get(), sql.toUtf8().constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return failure(
            tr("The team server refused a statement: %1")
                .arg(result ? QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed() : lastError()));
    return {};
}

Status PgConnection::copyIn(const QString& copySql, const QByteArray& data)
{
    if (Status ok = beginCopy(copySql); !ok)
        return ok;
    if (Status ok = putCopyData(data); !ok) {
        abortCopy();
        return ok;
    }
    return endCopy();
}

Status PgConnection::beginCopy(const QString& copySql)
{
    ResultHandle start(PQexec(m_connection.get(), copySql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        return failure(tr("The team server refused a copy: %1")
                           .arg(start ? QString::fromUtf8(PQresultErrorMessage(start.get())).trimmed() : lastError()));
    return {};
}

Status PgConnection::putCopyData(const QByteArray& data)
{
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += Chunk) {
        const qsizetype length = std::min(Chunk, data.size() - at);
        if (PQputCopyData(m_connection.get(), data.constData() + at, int(length)) != 1)
            return failure(tr("The copy to the team server broke off: %1").arg(lastError()));
    }
    return {};
}

Status PgConnection::endCopy()
{
    if (PQputCopyEnd(m_connection.get(), nullptr) != 1)
        return failure(tr("The copy to the team server broke off: %1").arg(lastError()));
    QString error;
    while (PGresult* raw = PQgetResult(m_connection.get())) {
        ResultHandle result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK)
            error = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
    }
    if (!error.isEmpty())
        return failure(tr("The team server refused a copy: %1").arg(error));
    return {};
}

void PgConnection::abortCopy()
{
    if (PQputCopyEnd(m_connection.get(), "abandoned by the client") == 1)
        while (PGresult* raw = PQgetResult(m_connection.get()))
            PQclear(raw);
}

void PgConnection::appendCopyField(QByteArray& line, const QString& value)
{
    appendCopyField(line, value.isNull() ? QByteArray() : value.toUtf8());
}

void PgConnection::appendCopyField(QByteArray& line, const QByteArray& utf8)
{
    if (utf8.isNull()) {
        line += "\\N";
        return;
    }
    // Runs without a character to escape are copied whole.
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const char* escaped = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
        if (!escaped)
            continue;
        line.append(utf8.constData() + from, i - from);
        line += escaped;
        from = i + 1;
    }
    line.append(utf8.constData() + from, utf8.size() - from);
}

QString PgConnection::serverVersion() const
{
    const char* version = PQparameterStatus(m_connection.get(), "server_version");
    return version ? QString::fromUtf8(version) : QString();
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_connection.get()));
}

} // namespace hamish
