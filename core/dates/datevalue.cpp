#include "dates/datevalue.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hamish {

QString calendarName(DateCalendar calendar)
{
    switch (calendar) {
    case DateCalendar::Gregorian:
        return u"gregorian"_s;
    case DateCalendar::IslamicUmmAlQura:
        return u"islamic-umalqura"_s;
    case DateCalendar::IslamicCivil:
        return u"islamic-civil"_s;
    }
    return {};
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return u"day"_s;
    case DatePrecision::Week:
        return u"week"_s;
    case DatePrecision::Month:
        return u"month"_s;
    case DatePrecision::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<DateCalendar> calendarFromName(const QString& name)
{
    for (DateCalendar c : {DateCalendar::Gregorian, DateCalendar::IslamicUmmAlQura, DateCalendar::IslamicCivil})
        if (calendarName(c) == name)
            return c;
    return std::nullopt;
}

std::optional<DatePrecision> precisionFromName(const QString& name)
{
    for (DatePrecision p : {DatePrecision::Day, DatePrecision::Week, DatePrecision::Month, DatePrecision::Year})
        if (precisionName(p) == name)
            return p;
    return std::nullopt;
}

namespace {

QString formatAt(QDate day, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return day.toString(u"yyyy-MM-dd"_s);
    case DatePrecision::Week: {
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        return u"%1-W%2"_s.arg(weekYear, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
    }
    case DatePrecision::Month:
        return day.toString(u"yyyy-MM"_s);
    case DatePrecision::Year:
        return day.toString(u"yyyy"_s);
    }
    return {};
}

// One endpoint: the day, week, month or year it names, as its first and last day.
std::optional<DateValue> parseEndpoint(const QString& text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-W(\\d{2})|-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        const int week = m.captured(2).toInt();
        // The Monday of ISO week 1 is the Monday on or before 4 January.
        const QDate january4(year, 1, 4);
        const QDate monday = january4.addDays(1 - january4.dayOfWeek()).addDays(7 * (week - 1));
        DateValue v = DateValue::week(monday);
        if (week < 1 || v.value() != text)
            return std::nullopt;
        return v;
    }
    if (m.captured(3).isEmpty())
        return DateValue::year(year);
    const int month = m.captured(3).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (m.captured(4).isEmpty())
        return DateValue::month(year, month);
    const QDate day(year, month, m.captured(4).toInt());
    if (!day.isValid())
        return std::nullopt;
    return DateValue::day(day);
}

} // namespace

QString DateValue::value() const
{
    if (!isValid())
        return {};
    if (range)
        return formatAt(first, precision) + u'/' + formatAt(last, precision);
    return formatAt(first, precision);
}

DateValue DateValue::day(QDate day)
{
    DateValue v;
    v.first = v.last = day;
    v.precision = DatePrecision::Day;
    return v;
}

DateValue DateValue::month(int year, int month)
{
    DateValue v;
    v.first = QDate(year, month, 1);
    v.last = v.first.addMonths(1).addDays(-1);
    v.precision = DatePrecision::Month;
    return v;
}

DateValue DateValue::year(int year)
{
    DateValue v;
    v.first = QDate(year, 1, 1);
    v.last = QDate(year, 12, 31);
    v.precision = DatePrecision::Year;
    return v;
}

DateValue DateValue::week(QDate anyDay)
{
    DateValue v;
    v.first = anyDay.addDays(1 - anyDay.dayOfWeek());
    v.last = v.first.addDays(6);
    v.precision = DatePrecision::Week;
    return v;
}

std::optional<DateValue> parseDateValue(const QString& value)
{
    const QStringList parts = value.split(u'/');
    if (parts.size() == 1)
        return parseEndpoint(parts[0]);
    if (parts.size() != 2)
        return std::nullopt;
    std::optional<DateValue> from = parseEndpoint(parts[0]);
    std::optional<DateValue> to = parseEndpoint(parts[1]);
    if (!from || !to || from->precision != to->precision || to->last < from->first)
        return std::nullopt;
    DateValue v = *from;
    v.last = to->last;
    v.range = true;
    return v;
}

} // namespace hamish
