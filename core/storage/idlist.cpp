#include "storage/idlist.h"

#include "storage/statement.h"

namespace hamish::idlist {

QString placeholders(int first)
{
    QString text;
    for (int i = 0; i < Size; ++i)
        text += (i ? QStringLiteral(", ?") : QStringLiteral("?")) + QString::number(first + i);
    return text;
}

void bind(Statement& statement, const QList<qint64>& ids, int first)
{
    Q_ASSERT(ids.size() <= Size);
    for (int i = 0; i < Size; ++i)
        statement.bind(first + i, i < ids.size() ? ids.at(i) : qint64(0));
}

} // namespace hamish::idlist
