#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace hamish {

class Database;

// The Gregorian days one DATE entity's value covers.
struct DaySpan
{
    QDate first;
    QDate last;
};

// The dates each article mentions: the values of its DATE entities (issue 19), for the library's
// filter and sort by mentioned dates. Entities without a value (their text is no date expression)
// are left out.
Result<QHash<qint64, QList<DaySpan>>> mentionedDates(Database& db);

} // namespace hamish
