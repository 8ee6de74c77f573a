#include "dates/hijricalendar.h"

#include <cmath>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

namespace hamish {

namespace {

constexpr double MsPerDay = 86400000.0;
const QDate Epoch(1970, 1, 1);

QDate dayOf(UDate time)
{
    return Epoch.addDays(qint64(std::floor(time / MsPerDay)));
}

UDate timeOf(QDate day)
{
    return double(Epoch.daysTo(day)) * MsPerDay;
}

} // namespace

struct HijriCalendar::Icu
{
    std::unique_ptr<icu::Calendar> calendar;
};

HijriCalendar::HijriCalendar(DateCalendar calendar)
    : m_calendar(calendar)
    , m_icu(std::make_unique<Icu>())
{
    UErrorCode status = U_ZERO_ERROR;
    const char* locale =
        calendar == DateCalendar::IslamicCivil ? "ar@calendar=islamic-civil" : "ar@calendar=islamic-umalqura";
    m_icu->calendar.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), status));
    if (U_FAILURE(status))
        m_icu->calendar.reset();
    else
        m_icu->calendar->setLenient(false);
}

HijriCalendar::~HijriCalendar() = default;

std::optional<QDate> HijriCalendar::toGregorian(const HijriDate& date) const
{
    icu::Calendar* c = m_icu->calendar.get();
    if (!c || date.year < 1 || date.year > 2000 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30)
        return std::nullopt;
    c->clear();
    c->set(date.year, date.month - 1, date.day);
    UErrorCode status = U_ZERO_ERROR;
    const UDate time = c->getTime(status);
    if (U_FAILURE(status))
        return std::nullopt;
    return dayOf(time);
}

std::optional<HijriDate> HijriCalendar::fromGregorian(QDate day) const
{
    icu::Calendar* c = m_icu->calendar.get();
    if (!c || !day.isValid())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    c->clear();
    c->setTime(timeOf(day), status);
    HijriDate h;
    h.year = c->get(UCAL_YEAR, status);
    h.month = c->get(UCAL_MONTH, status) + 1;
    h.day = c->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return h;
}

std::optional<std::pair<QDate, QDate>> HijriCalendar::monthDays(int year, int month) const
{
    const std::optional<QDate> first = toGregorian({year, month, 1});
    const std::optional<QDate> next = month == 12 ? toGregorian({year + 1, 1, 1}) : toGregorian({year, month + 1, 1});
    if (!first || !next)
        return std::nullopt;
    return std::pair{*first, next->addDays(-1)};
}

std::optional<std::pair<QDate, QDate>> HijriCalendar::yearDays(int year) const
{
    const std::optional<QDate> first = toGregorian({year, 1, 1});
    const std::optional<QDate> next = toGregorian({year + 1, 1, 1});
    if (!first || !next)
        return std::nullopt;
    return std::pair{*first, next->addDays(-1)};
}

} // namespace hamish
