#include "dates/writtendate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hamish {

using datewords::Anchor;
using datewords::Part;

DateResolver::DateResolver(QDate reference, DateCalendar hijri)
    : m_reference(reference)
    , m_hijri(hijri == DateCalendar::Gregorian ? DateCalendar::IslamicUmmAlQura : hijri)
{
}

std::pair<QDate, QDate> DateResolver::partOf(QDate first, QDate last, Part part)
{
    switch (part) {
    case Part::Early:
        return {first, std::min(last, first.addDays(9))};
    case Part::Middle:
        return {first.addDays(10), std::min(last, first.addDays(19))};
    case Part::Late:
        return {first.addDays(20), last};
    case Part::None:
        break;
    }
    return {first, last};
}

namespace {

// The thirds of a year by its months: 1–4, 5–8, 9–12.
std::pair<int, int> monthsOf(Part part)
{
    return part == Part::Early ? std::pair{1, 4} : part == Part::Middle ? std::pair{5, 8} : std::pair{9, 12};
}

// The year a month (and day) without one falls in: the reference's, or the one before or after
// it when the text says الماضي or المقبل and the reference's would not be past or to come.
int yearFor(const WrittenDate& w, int year, int month, int day)
{
    const int written = w.month * 100 + w.day;
    const int now = month * 100 + (w.day ? day : 0);
    if (w.anchor == Anchor::Past && written >= now)
        return year - 1;
    if (w.anchor == Anchor::Next && written <= now)
        return year + 1;
    return year;
}

DateValue spanning(QDate first, QDate last, DatePrecision precision)
{
    DateValue v;
    v.first = first;
    v.last = last;
    v.precision = precision;
    v.range = true;
    return v;
}

} // namespace

std::optional<ResolvedDate> DateResolver::resolve(const WrittenDate& written) const
{
    WrittenDate w = written;
    bool relative = false;
    std::optional<HijriDate> today;
    if (w.hijri) {
        today = m_hijri.fromGregorian(m_reference);
        if (!today)
            return std::nullopt;
    }
    const int refYear = w.hijri ? today->year : m_reference.year();
    const int refMonth = w.hijri ? today->month : m_reference.month();
    const int refDay = w.hijri ? today->day : m_reference.day();
    if (w.monthShift) { // the day of this, the last or the next month
        relative = true;
        int month = refMonth + *w.monthShift;
        int year = refYear;
        if (month < 1) {
            month += 12;
            --year;
        } else if (month > 12) {
            month -= 12;
            ++year;
        }
        w.month = month;
        w.year = year;
    } else if (!w.year) {
        relative = true;
        w.year = w.yearShift ? refYear + *w.yearShift : yearFor(w, refYear, refMonth, refDay);
    }

    DateValue v;
    if (w.part != Part::None && w.month) {
        QDate first, last;
        if (w.hijri) {
            const auto days = m_hijri.monthDays(w.year, w.month);
            if (!days)
                return std::nullopt;
            std::tie(first, last) = *days;
        } else {
            first = QDate(w.year, w.month, 1);
            last = first.addMonths(1).addDays(-1);
        }
        const auto [from, to] = partOf(first, last, w.part);
        v = spanning(from, to, DatePrecision::Day);
    } else if (w.part != Part::None) {
        const auto [fromMonth, toMonth] = monthsOf(w.part);
        if (w.hijri) {
            const auto from = m_hijri.monthDays(w.year, fromMonth);
            const auto to = m_hijri.monthDays(w.year, toMonth);
            if (!from || !to)
                return std::nullopt;
            v = spanning(from->first, to->second, DatePrecision::Day);
        } else {
            v = spanning(QDate(w.year, fromMonth, 1), QDate(w.year, toMonth, 1).addMonths(1).addDays(-1),
                         DatePrecision::Month);
        }
    } else if (w.day) {
        std::optional<QDate> day;
        if (w.hijri)
            day = m_hijri.toGregorian({w.year, w.month, w.day});
        else if (QDate d(w.year, w.month, w.day); d.isValid())
            day = d;
        if (!day)
            return std::nullopt;
        v = DateValue::day(*day);
    } else if (w.month) {
        if (w.hijri) {
            const auto days = m_hijri.monthDays(w.year, w.month);
            if (!days)
                return std::nullopt;
            v = spanning(days->first, days->second, DatePrecision::Day);
        } else {
            v = DateValue::month(w.year, w.month);
        }
    } else if (w.year) {
        if (w.hijri) {
            const auto days = m_hijri.yearDays(w.year);
            if (!days)
                return std::nullopt;
            v = spanning(days->first, days->second, DatePrecision::Day);
        } else {
            v = DateValue::year(w.year);
        }
    } else {
        return std::nullopt;
    }
    if (!v.isValid())
        return std::nullopt;
    v.calendar = w.hijri ? m_hijri.calendar() : DateCalendar::Gregorian;
    v.relative = relative;
    if (w.weekday && v.precision == DatePrecision::Day && !v.range && v.first.dayOfWeek() != w.weekday)
        v.warning = QCoreApplication::translate("DateParser", "the weekday written is not the one of %1")
                        .arg(v.first.toString(u"yyyy-MM-dd"_s));
    return ResolvedDate{v, w};
}

} // namespace hamish
