#pragma once

#include <QString>

namespace hamish::datewords {

// The words of Arabic date expressions as news writes them, looked up in their search fold
// (foldForSearch: أ إ آ → ا, ة → ه, ى → ي, no harakat or tatweel), so spelling variants meet.
// Every lookup returns 0 when the word is not one of them.

// A Gregorian month written in one word, in either naming system (يناير… and شباط…) or the
// Maghreb's (جانفي…): 1–12.
int gregorianMonth(const QString& word);
// The first word of a two-word Levantine month (كانون, تشرين) and its second (الاول/اول,
// الثاني/ثاني): كانون الثاني is 1, تشرين الاول 10, تشرين الثاني 11, كانون الاول 12.
int levantineMonth(const QString& first, const QString& second);
// A Hijri month written in one word (محرم, صفر, رجب, شعبان, رمضان, شوال): 1–12.
int hijriMonth(const QString& word);
// A two-word Hijri month (ربيع الاول, جمادى الآخرة, ذو القعدة, ذي الحجة…): 1–12.
int hijriMonth(const QString& first, const QString& second);
// A weekday, 1 (الاثنين) to 7 (الاحد), as QDate::dayOfWeek counts.
int weekday(const QString& word);
// A day written as an ordinal word (الاول … العاشر), 1–10; the tens and compounds are read by
// the parser from these and the words below.
int ordinalDay(const QString& word);
// A cardinal written as a word (واحد … عشرة), 1–10.
int cardinal(const QString& word);

enum class Anchor { None, Past, Next, Current };
// الماضي, المنصرم, الفائت, السابق (and their feminines) are Past; المقبل, القادم are Next;
// الجاري, الحالي are Current.
Anchor anchor(const QString& word);

enum class Unit { None, Day, Week, Month, Year };
struct Amount
{
    Unit unit = Unit::None;
    int count = 0; // 2 for a dual (يومين), 0 when a number must say how many
};
// A unit of time as counted (يوم, أيام, يومين, أسبوع, شهر, أشهر, عام, سنوات, سنتين…).
Amount unit(const QString& word);

enum class Marker { None, Hijri, Gregorian };
// هـ, هجري, هجرية, للهجرة and م, ميلادي, ميلادية, للميلاد.
Marker marker(const QString& word);

enum class Part { None, Early, Middle, Late };
// مطلع, بداية, أوائل, مستهل; منتصف, أواسط; أواخر, نهاية, ختام.
Part part(const QString& word);

} // namespace hamish::datewords
