#pragma once

#include "dates/datevalue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringView>

#include <memory>
#include <optional>

namespace hamish {

// A date expression found in a text: its UTF-16 range and what it means.
struct FoundDate
{
    qsizetype start = 0;
    qsizetype end = 0;
    DateValue value;
};

// Reads Arabic date expressions as news writes them (issue 19): day, month and year in either
// digit system and any order news uses, Gregorian months in both naming systems and the
// Maghreb's, Hijri months with هـ/م, weekdays, ranges (من … إلى …، بين … و…), dual dates
// (… هـ الموافق … م) checked against each other, and expressions relative to the reference day
// (the article's date): اليوم، أمس، الخميس الماضي، الشهر المقبل، منذ ثلاثة أيام، مطلع الشهر الجاري.
// The rules are in the README's section on dates.
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)

public:
    explicit DateParser(QDate reference, DateCalendar hijri = DateCalendar::IslamicUmmAlQura);
    ~DateParser();
    DateParser(const DateParser&) = delete;
    DateParser& operator=(const DateParser&) = delete;

    // The whole text as one date expression (a leading في، يوم، بتاريخ and final punctuation
    // allowed); nothing when it is not one.
    std::optional<DateValue> parse(QStringView text) const;
    // Every date expression in a text, left to right, the longest at each place.
    QList<FoundDate> find(QStringView text) const;

    QDate reference() const;
    DateCalendar hijriCalendar() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hamish
