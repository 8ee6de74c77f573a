#include "articles/publisheddate.h"

#include <QDateTime>
#include <QRegularExpression>

namespace hamish {

QDate publishedDay(const QString& date)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    static const QRegularExpression slashes(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})"));
    const QString trimmed = date.trimmed();
    if (const auto m = iso.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = slashes.match(trimmed); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return QDateTime::fromString(trimmed, Qt::RFC2822Date).date();
}

QDate referenceDay(const Article& article)
{
    const QDate published = publishedDay(article.date);
    return published.isValid() ? published : article.importedAt.toUTC().date();
}

} // namespace hamish
