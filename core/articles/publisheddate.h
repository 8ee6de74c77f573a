#pragma once

#include <QDate>
#include <QString>

namespace hamish {

// The day a published date names, for date filters: ISO dates and times, RFC 2822 dates, and
// day/month/year with slashes as Arabic news writes them; invalid otherwise.
QDate publishedDay(const QString& date);

} // namespace hamish
