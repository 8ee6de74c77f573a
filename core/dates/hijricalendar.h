#pragma once

#include "dates/datevalue.h"

#include <QDate>

#include <memory>
#include <optional>

namespace hamish {

// A day in a Hijri calendar; months are 1-based (1 = Muharram, 9 = Ramadan, 10 = Shawwal).
struct HijriDate
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// Conversions between the Gregorian calendar and the Hijri ones, by ICU's calendars (Umm
// al-Qura, the Saudi calendar, and the tabular civil one), at midnight GMT so that the process's
// time zone never shifts a day.
class HijriCalendar
{
public:
    explicit HijriCalendar(DateCalendar calendar);
    ~HijriCalendar();
    HijriCalendar(const HijriCalendar&) = delete;
    HijriCalendar& operator=(const HijriCalendar&) = delete;

    DateCalendar calendar() const { return m_calendar; }
    // The Gregorian day of a Hijri date; nothing when the calendar has no such day (30 in a
    // 29-day month, a month 13) or the year is outside the calendar's range.
    std::optional<QDate> toGregorian(const HijriDate& date) const;
    std::optional<HijriDate> fromGregorian(QDate day) const;
    // The days of a Hijri month or year, as Gregorian days.
    std::optional<std::pair<QDate, QDate>> monthDays(int year, int month) const;
    std::optional<std::pair<QDate, QDate>> yearDays(int year) const;

private:
    DateCalendar m_calendar;
    struct Icu;
    std::unique_ptr<Icu> m_icu;
};

} // namespace hamish
