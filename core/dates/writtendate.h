#pragma once

#include "dates/datelexicon.h"
#include "dates/datevalue.h"
#include "dates/hijricalendar.h"

#include <QDate>

#include <optional>

namespace hamish {

// What a calendar date expression writes out, before the reference day fills in what it left
// unsaid (the parser's inner form; see DateParser).
struct WrittenDate
{
    int day = 0; // 0 where the text does not say
    int month = 0;
    int year = 0;
    bool hijri = false;
    datewords::Anchor anchor = datewords::Anchor::None; // الماضي / المقبل / الجاري after the month
    std::optional<int> yearShift;  // من العام الماضي (-1), الجاري (0), المقبل (1)
    std::optional<int> monthShift; // the day of الشهر الماضي / الجاري / المقبل
    datewords::Part part = datewords::Part::None; // مطلع / منتصف / أواخر
    int weekday = 0;                              // a weekday written before it, to check
};

// A written date made a value against the reference day, with the year and month it came to.
struct ResolvedDate
{
    DateValue value;
    WrittenDate concrete; // year and month filled in
};

// Fills in and converts written dates: Hijri ones through ICU's calendars.
class DateResolver
{
public:
    DateResolver(QDate reference, DateCalendar hijri);

    QDate reference() const { return m_reference; }
    DateCalendar hijriCalendar() const { return m_hijri.calendar(); }
    std::optional<ResolvedDate> resolve(const WrittenDate& written) const;

private:
    // The days of a month or year split in three: early, middle, late.
    static std::pair<QDate, QDate> partOf(QDate first, QDate last, datewords::Part part);

    QDate m_reference;
    HijriCalendar m_hijri;
};

} // namespace hamish
