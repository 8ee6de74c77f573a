#include "result.h"

#include <QCoreApplication>

#include <cstdio>

namespace hamish {

QString Failure::text() const
{
    QString where = path;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(": "))
                 + QCoreApplication::translate("Failure", "line %1").arg(line);
    else if (record > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(": "))
                 + QCoreApplication::translate("Failure", "record %1").arg(record);
    if (where.isEmpty())
        return message;
    return where + QStringLiteral(": ") + message;
}

Failure Failure::inFile(const QString& file) const&
{
    return Failure(*this).inFile(file);
}

Failure Failure::inFile(const QString& file) &&
{
    if (path.isEmpty())
        path = file;
    return std::move(*this);
}

Failure Failure::atLine(qint64 number) &&
{
    line = number;
    return std::move(*this);
}

Failure Failure::atRecord(qint64 number) &&
{
    record = number;
    return std::move(*this);
}

void abortOnFailure(const Failure& failure)
{
    std::fprintf(stderr, "hamish: value() of a failed result: %s\n", failure.text().toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace hamish
