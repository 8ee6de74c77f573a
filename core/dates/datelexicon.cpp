#include "dates/datelexicon.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace hamish::datewords {

namespace {

int lookUp(const QHash<QString, int>& table, const QString& word)
{
    return table.value(word, 0);
}

} // namespace

int gregorianMonth(const QString& word)
{
    static const QHash<QString, int> months{
        // The names from the European ones, with their spellings.
        {u"يناير"_s, 1},
        {u"فبراير"_s, 2},
        {u"مارس"_s, 3},
        {u"ابريل"_s, 4},
        {u"مايو"_s, 5},
        {u"يونيو"_s, 6},
        {u"يونيه"_s, 6},
        {u"يوليو"_s, 7},
        {u"يوليه"_s, 7},
        {u"اغسطس"_s, 8},
        {u"اغسطوس"_s, 8},
        {u"سبتمبر"_s, 9},
        {u"اكتوبر"_s, 10},
        {u"نوفمبر"_s, 11},
        {u"ديسمبر"_s, 12},
        // The Syriac names of the Levant and Iraq (the two-word ones are levantineMonth()).
        {u"شباط"_s, 2},
        {u"اذار"_s, 3},
        {u"نيسان"_s, 4},
        {u"ايار"_s, 5},
        {u"مايس"_s, 5},
        {u"حزيران"_s, 6},
        {u"تموز"_s, 7},
        {u"اب"_s, 8},
        {u"ايلول"_s, 9},
        // The French-derived names of the Maghreb, and Morocco's.
        {u"جانفي"_s, 1},
        {u"فيفري"_s, 2},
        {u"افريل"_s, 4},
        {u"ماي"_s, 5},
        {u"جوان"_s, 6},
        {u"جويليه"_s, 7},
        {u"اوت"_s, 8},
        {u"نونبر"_s, 11},
        {u"دجنبر"_s, 12},
    };
    return lookUp(months, word);
}

int levantineMonth(const QString& first, const QString& second)
{
    const bool isFirst = second == u"الاول"_s || second == u"اول"_s;
    const bool isSecond = second == u"الثاني"_s || second == u"ثاني"_s || second == u"ثان"_s;
    if (first == u"كانون"_s)
        return isFirst ? 12 : isSecond ? 1 : 0;
    if (first == u"تشرين"_s)
        return isFirst ? 10 : isSecond ? 11 : 0;
    return 0;
}

int hijriMonth(const QString& word)
{
    static const QHash<QString, int> months{
        {u"محرم"_s, 1},  {u"المحرم"_s, 1}, {u"صفر"_s, 2},   {u"رجب"_s, 7},
        {u"شعبان"_s, 8}, {u"رمضان"_s, 9},  {u"شوال"_s, 10},
    };
    return lookUp(months, word);
}

int hijriMonth(const QString& first, const QString& second)
{
    static const QHash<QString, int> firstHalf{
        {u"الاول"_s, 1},
        {u"اول"_s, 1},
        {u"الاولي"_s, 1},
        {u"اولي"_s, 1},
    };
    static const QHash<QString, int> secondHalf{
        {u"الثاني"_s, 2}, {u"ثاني"_s, 2}, {u"الاخر"_s, 2},   {u"اخر"_s, 2},
        {u"الاخره"_s, 2}, {u"اخره"_s, 2}, {u"الثانيه"_s, 2}, {u"ثانيه"_s, 2},
    };
    const int half = firstHalf.value(second, secondHalf.value(second, 0));
    if (first == u"ربيع"_s && half)
        return 2 + half;
    if ((first == u"جمادي"_s || first == u"جماد"_s) && half)
        return 4 + half;
    const bool owner = first == u"ذو"_s || first == u"ذي"_s || first == u"ذا"_s;
    if (owner && second == u"القعده"_s)
        return 11;
    if (owner && second == u"الحجه"_s)
        return 12;
    return 0;
}

int weekday(const QString& word)
{
    static const QHash<QString, int> days{
        {u"الاثنين"_s, 1}, {u"الاتنين"_s, 1}, {u"الثلاثاء"_s, 2}, {u"الثلاثا"_s, 2}, {u"الاربعاء"_s, 3},
        {u"الاربعا"_s, 3}, {u"الخميس"_s, 4},  {u"الجمعه"_s, 5},   {u"السبت"_s, 6},   {u"الاحد"_s, 7},
    };
    return lookUp(days, word);
}

int ordinalDay(const QString& word)
{
    static const QHash<QString, int> days{
        {u"الاول"_s, 1},  {u"الحادي"_s, 1}, {u"الثاني"_s, 2}, {u"الثالث"_s, 3}, {u"الرابع"_s, 4},  {u"الخامس"_s, 5},
        {u"السادس"_s, 6}, {u"السابع"_s, 7}, {u"الثامن"_s, 8}, {u"التاسع"_s, 9}, {u"العاشر"_s, 10},
    };
    return lookUp(days, word);
}

int cardinal(const QString& word)
{
    static const QHash<QString, int> numbers{
        {u"واحد"_s, 1},  {u"واحده"_s, 1}, {u"اثنين"_s, 2}, {u"اثنان"_s, 2}, {u"اثنتين"_s, 2}, {u"ثلاث"_s, 3},
        {u"ثلاثه"_s, 3}, {u"اربع"_s, 4},  {u"اربعه"_s, 4}, {u"خمس"_s, 5},   {u"خمسه"_s, 5},   {u"ست"_s, 6},
        {u"سته"_s, 6},   {u"سبع"_s, 7},   {u"سبعه"_s, 7},  {u"ثمان"_s, 8},  {u"ثماني"_s, 8},  {u"ثمانيه"_s, 8},
        {u"تسع"_s, 9},   {u"تسعه"_s, 9},  {u"عشر"_s, 10},  {u"عشره"_s, 10},
    };
    return lookUp(numbers, word);
}

Anchor anchor(const QString& word)
{
    static const QHash<QString, Anchor> anchors{
        {u"الماضي"_s, Anchor::Past},     {u"الماضيه"_s, Anchor::Past},    {u"المنصرم"_s, Anchor::Past},
        {u"المنصرمه"_s, Anchor::Past},   {u"الفائت"_s, Anchor::Past},     {u"الفائته"_s, Anchor::Past},
        {u"السابق"_s, Anchor::Past},     {u"السابقه"_s, Anchor::Past},    {u"المقبل"_s, Anchor::Next},
        {u"المقبله"_s, Anchor::Next},    {u"القادم"_s, Anchor::Next},     {u"القادمه"_s, Anchor::Next},
        {u"الجاري"_s, Anchor::Current},  {u"الجاريه"_s, Anchor::Current}, {u"الحالي"_s, Anchor::Current},
        {u"الحاليه"_s, Anchor::Current},
    };
    return anchors.value(word, Anchor::None);
}

Amount unit(const QString& word)
{
    static const QHash<QString, Amount> units{
        {u"يوم"_s, {Unit::Day, 1}},     {u"يوما"_s, {Unit::Day, 0}},    {u"ايام"_s, {Unit::Day, 0}},
        {u"يومين"_s, {Unit::Day, 2}},   {u"يومان"_s, {Unit::Day, 2}},   {u"اسبوع"_s, {Unit::Week, 1}},
        {u"اسبوعا"_s, {Unit::Week, 0}}, {u"اسابيع"_s, {Unit::Week, 0}}, {u"اسبوعين"_s, {Unit::Week, 2}},
        {u"شهر"_s, {Unit::Month, 1}},   {u"شهرا"_s, {Unit::Month, 0}},  {u"اشهر"_s, {Unit::Month, 0}},
        {u"شهور"_s, {Unit::Month, 0}},  {u"شهرين"_s, {Unit::Month, 2}}, {u"عام"_s, {Unit::Year, 1}},
        {u"عاما"_s, {Unit::Year, 0}},   {u"اعوام"_s, {Unit::Year, 0}},  {u"عامين"_s, {Unit::Year, 2}},
        {u"سنه"_s, {Unit::Year, 1}},    {u"سنوات"_s, {Unit::Year, 0}},  {u"سنين"_s, {Unit::Year, 0}},
        {u"سنتين"_s, {Unit::Year, 2}},
    };
    return units.value(word);
}

Marker marker(const QString& word)
{
    static const QHash<QString, Marker> markers{
        {u"ه"_s, Marker::Hijri},           {u"هجري"_s, Marker::Hijri},        {u"هجريه"_s, Marker::Hijri},
        {u"للهجره"_s, Marker::Hijri},      {u"م"_s, Marker::Gregorian},       {u"ميلادي"_s, Marker::Gregorian},
        {u"ميلاديه"_s, Marker::Gregorian}, {u"للميلاد"_s, Marker::Gregorian},
    };
    return markers.value(word, Marker::None);
}

Part part(const QString& word)
{
    static const QHash<QString, Part> parts{
        {u"مطلع"_s, Part::Early},  {u"بدايه"_s, Part::Early},  {u"اوائل"_s, Part::Early},
        {u"مستهل"_s, Part::Early}, {u"منتصف"_s, Part::Middle}, {u"اواسط"_s, Part::Middle},
        {u"اواخر"_s, Part::Late},  {u"نهايه"_s, Part::Late},   {u"ختام"_s, Part::Late},
    };
    return parts.value(word, Part::None);
}

} // namespace hamish::datewords
