#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace hamish {

// The calendar a date was written in (issue 19). Hijri dates are read with Umm al-Qura unless a
// preference chooses the tabular (civil) calendar.
enum class DateCalendar { Gregorian, IslamicUmmAlQura, IslamicCivil };
enum class DatePrecision { Day, Week, Month, Year };

QString calendarName(DateCalendar calendar);    // gregorian, islamic-umalqura, islamic-civil
QString precisionName(DatePrecision precision); // day, week, month, year
std::optional<DateCalendar> calendarFromName(const QString& name);
std::optional<DatePrecision> precisionFromName(const QString& name);

// What a date expression means: the Gregorian days it covers, how precisely, in which calendar
// it was written, and whether the text named it outright or relative to the article's date.
struct DateValue
{
    QDate first; // the first and last Gregorian day it covers, both included
    QDate last;
    DatePrecision precision = DatePrecision::Day;
    DateCalendar calendar = DateCalendar::Gregorian;
    bool relative = false;
    // Written as a range (من … إلى …), or a Hijri month or year, which no Gregorian month is:
    // the value is FIRST/LAST at the endpoints' precision.
    bool range = false;
    // Set when a dual date's two parts name different days; says by how much.
    QString warning;

    bool isValid() const { return first.isValid() && last.isValid(); }
    // ISO 8601: 2015-07-23, 2015-07, 2015, 2015-W30 or 2015-07-20/2015-07-26.
    QString value() const;
    QString kindName() const { return relative ? QStringLiteral("relative") : QStringLiteral("absolute"); }

    // One day, month, ISO week or year, not written as a range.
    static DateValue day(QDate day);
    static DateValue month(int year, int month);
    static DateValue year(int year);
    static DateValue week(QDate anyDay);
};

// A value as value() writes it, read back (for values corrected by hand and imported).
std::optional<DateValue> parseDateValue(const QString& value);

} // namespace hamish
