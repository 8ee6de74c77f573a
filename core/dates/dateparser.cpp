#include "dates/dateparser.h"

#include "dates/datetokens.h"
#include "dates/writtendate.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hamish {

using namespace datewords;

namespace {

struct Match
{
    int end = 0; // the token after the expression
    DateValue value;
};

struct WrittenMatch
{
    int end = 0;
    WrittenDate date;
    bool complete = false; // a date by itself, not only the first end of a range
};

struct MonthRead
{
    int month = 0;
    bool hijri = false;
    int end = 0;
};

struct YearRead
{
    int year = 0;
    Marker marker = Marker::None;
    int end = 0;
};

std::optional<Match> longer(std::optional<Match> a, std::optional<Match> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return b->end > a->end ? b : a;
}

// The grammar over one text's tokens; every reader takes the index of a token and returns where
// what it read ends.
class Grammar
{
public:
    Grammar(const QList<DateToken>& tokens, const DateResolver& resolver)
        : m_t(tokens)
        , m_resolver(resolver)
    {
    }

    std::optional<Match> longestAt(int i) const
    {
        std::optional<Match> best = range(i);
        best = longer(best, dual(i));
        best = longer(best, calendarDate(i));
        best = longer(best, relative(i));
        if (best && !best->value.isValid()) // relative to a day the article does not give
            return std::nullopt;
        return best;
    }

private:
    QString word(int i) const
    {
        return i < m_t.size() && m_t[i].kind == DateToken::Kind::Word ? m_t[i].text : QString();
    }
    bool is(int i, const QString& w) const { return i < m_t.size() && m_t[i].isWord(w); }
    bool mark(int i, QChar c) const { return i < m_t.size() && m_t[i].isMark(c); }
    const DateToken* number(int i) const
    {
        return i < m_t.size() && m_t[i].kind == DateToken::Kind::Number ? &m_t[i] : nullptr;
    }

    // A day: 1–31 in digits (الـ13 too), or an ordinal word (الثالث, الحادي عشر, الخامس والعشرين).
    std::optional<std::pair<int, int>> day(int i) const
    {
        if (is(i, u"ال"_s) && number(i + 1))
            ++i;
        if (const DateToken* n = number(i)) {
            if (n->digits <= 2 && n->number >= 1 && n->number <= 31)
                return std::pair{n->number, i + 1};
            return std::nullopt;
        }
        if (is(i, u"العشرين"_s))
            return std::pair{20, i + 1};
        if (is(i, u"الثلاثين"_s))
            return std::pair{30, i + 1};
        const int units = ordinalDay(word(i));
        if (!units)
            return std::nullopt;
        if (units < 10 && is(i + 1, u"عشر"_s))
            return std::pair{10 + units, i + 2};
        if (units < 10 && is(i + 1, u"والعشرين"_s))
            return std::pair{20 + units, i + 2};
        if (units == 1 && is(i + 1, u"والثلاثين"_s))
            return std::pair{31, i + 2};
        if (is(i, u"الحادي"_s)) // only as 11, 21 or 31
            return std::nullopt;
        return std::pair{units, i + 1};
    }

    std::optional<MonthRead> singleMonth(int i) const
    {
        const QString w = word(i);
        if (w.isEmpty())
            return std::nullopt;
        const QString next = word(i + 1);
        if (int m = levantineMonth(w, next))
            return MonthRead{m, false, i + 2};
        if (int m = hijriMonth(w, next))
            return MonthRead{m, true, i + 2};
        if (int m = gregorianMonth(w))
            return MonthRead{m, false, i + 1};
        if (int m = hijriMonth(w))
            return MonthRead{m, true, i + 1};
        return std::nullopt;
    }

    // A month, with the same month in the other naming system beside it: يوليو (تموز),
    // أيار/مايو, سبتمبر أيلول, حزيران - يونيو.
    std::optional<MonthRead> month(int i) const
    {
        std::optional<MonthRead> m = singleMonth(i);
        if (!m || m->hijri)
            return m;
        int j = m->end;
        const bool open = mark(j, u'(');
        if (open || mark(j, u'/') || mark(j, u'-') || mark(j, u'–'))
            ++j;
        std::optional<MonthRead> other = singleMonth(j);
        if (!other || other->hijri || other->month != m->month)
            return m;
        j = other->end;
        if (open) {
            if (!mark(j, u')'))
                return m;
            ++j;
        }
        m->end = j;
        return m;
    }

    bool yearCue(int i) const
    {
        static const QSet<QString> cues{u"عام"_s, u"العام"_s, u"سنه"_s, u"السنه"_s, u"لعام"_s};
        return cues.contains(word(i));
    }
    bool yearPreposition(int i) const
    {
        static const QSet<QString> words{u"في"_s,   u"منذ"_s, u"حتي"_s, u"بحلول"_s, u"خلال"_s,
                                         u"سنتي"_s, u"قبل"_s, u"بعد"_s, u"عامي"_s};
        return i >= 0 && words.contains(word(i));
    }

    // A year: four digits, after عام / سنة, or with هـ / م, or after a preposition (في 2014).
    std::optional<YearRead> year(int i, bool cueNeeded) const
    {
        int j = i;
        const bool cue = yearCue(j);
        if (cue)
            ++j;
        const DateToken* n = number(j);
        if (!n || n->digits > 4 || n->digits < 3 || (!cue && n->digits < 4))
            return std::nullopt;
        YearRead y{n->number, marker(word(j + 1)), j + 1};
        if (y.marker != Marker::None)
            ++y.end;
        // Without a marker, four digits from 1000: عام 600 ميلادي says its calendar.
        if (y.marker == Marker::None && (n->digits != 4 || y.year < 1000 || y.year > 2200))
            return std::nullopt;
        if (y.year < 1 || y.year > 2200)
            return std::nullopt;
        if (cueNeeded && !cue && y.marker == Marker::None && !yearPreposition(i - 1))
            return std::nullopt;
        return y;
    }

    // Day, month and year in the orders news writes them, with what may stand around them.
    std::optional<WrittenMatch> written(int i) const
    {
        WrittenMatch m;
        WrittenDate& w = m.date;
        int j = i;
        if (Part p = part(word(j)); p != Part::None) {
            w.part = p;
            ++j;
        } else if (int d = weekday(word(j))) {
            w.weekday = d;
            ++j;
            if (anchor(word(j)) != Anchor::None) // الثلاثاء المقبل 28 يوليو
                ++j;
            if (mark(j, u'،') || mark(j, u','))
                ++j;
        }
        bool monthWord = false;
        std::optional<MonthRead> mo;
        if (const auto d = w.part == Part::None ? day(j) : std::nullopt) {
            w.day = d->first;
            j = d->second;
            int k = j;
            if (is(k, u"من"_s))
                ++k;
            if (is(k, u"شهر"_s))
                ++k;
            mo = month(k);
            if (!mo && is(j, u"من"_s) && is(j + 1, u"الشهر"_s) && anchor(word(j + 2)) != Anchor::None) {
                const Anchor a = anchor(word(j + 2));
                w.monthShift = a == Anchor::Past ? -1 : a == Anchor::Next ? 1 : 0;
                m.end = j + 3;
                m.complete = true;
                return m;
            }
        } else {
            if (is(j, u"شهر"_s)) {
                monthWord = true;
                ++j;
            }
            mo = month(j);
        }
        if (mo) {
            w.month = mo->month;
            w.hijri = mo->hijri;
            j = mo->end;
        } else if (w.day) {
            if (w.weekday) // a weekday and a number: not a date this reads
                return std::nullopt;
            m.end = j; // a day alone: the first end of a range (من 4 إلى 15 أغسطس)
            return m;
        }
        if (const auto y = year(j, !mo)) {
            if ((y->marker == Marker::Hijri && mo && !mo->hijri) || (y->marker == Marker::Gregorian && w.hijri))
                return std::nullopt;
            w.year = y->year;
            w.hijri = w.hijri || y->marker == Marker::Hijri;
            j = y->end;
        } else if (!mo) {
            return std::nullopt;
        } else if (Anchor a = anchor(word(j)); a != Anchor::None) {
            w.anchor = a;
            ++j;
        } else if (is(j, u"من"_s) && (is(j + 1, u"العام"_s) || is(j + 1, u"السنه"_s))
                   && anchor(word(j + 2)) != Anchor::None) {
            const Anchor shift = anchor(word(j + 2));
            w.yearShift = shift == Anchor::Past ? -1 : shift == Anchor::Next ? 1 : 0;
            j += 3;
        } else if (is(j, u"من"_s) && (is(j + 1, u"هذا"_s) || is(j + 1, u"هذه"_s))
                   && (is(j + 2, u"العام"_s) || is(j + 2, u"السنه"_s))) {
            w.yearShift = 0;
            j += 3;
        }
        m.end = j;
        // A month by itself is a date only as شهر رمضان, with a day, a year or الماضي / المقبل, or
        // after في، منذ، حتى، خلال (في يونيو); آب and ماي, which are words as well, not even then.
        const bool afterPreposition = mo && !w.day && !w.weekday && w.part == Part::None && !monthWord
                                      && yearPreposition(i - 1) && !is(i, u"اب"_s) && !is(i, u"ماي"_s);
        m.complete = !mo || w.day || w.year || w.anchor != Anchor::None || w.yearShift || monthWord
                     || w.part != Part::None || afterPreposition;
        return m;
    }

    // 23/7/2015, 2015-07-23, 1436/10/06 هـ.
    std::optional<WrittenMatch> numeric(int i) const
    {
        const DateToken* a = number(i);
        if (!a || i + 4 >= m_t.size() || m_t[i + 1].kind != DateToken::Kind::Mark)
            return std::nullopt;
        const QChar separator = m_t[i + 1].text.front();
        if (separator != u'/' && separator != u'-' && separator != u'.')
            return std::nullopt;
        const DateToken* b = number(i + 2);
        const DateToken* c = number(i + 4);
        if (!b || !c || !mark(i + 3, separator) || b->digits > 2)
            return std::nullopt;
        WrittenMatch m;
        WrittenDate& w = m.date;
        if (a->digits == 4 && c->digits <= 2) {
            w.year = a->number;
            w.day = c->number;
        } else if (c->digits == 4 && a->digits <= 2) {
            w.year = c->number;
            w.day = a->number;
        } else {
            return std::nullopt;
        }
        w.month = b->number;
        m.end = i + 5;
        const Marker mk = marker(word(m.end));
        if (mk != Marker::None)
            ++m.end;
        // Years 1300–1500 are Hijri years in today's news, written or not.
        w.hijri = mk == Marker::Hijri || (mk == Marker::None && w.year >= 1300 && w.year <= 1500);
        if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > 31)
            return std::nullopt;
        m.complete = true;
        return m;
    }

    std::optional<WrittenMatch> writtenOrNumeric(int i) const
    {
        std::optional<WrittenMatch> a = numeric(i);
        std::optional<WrittenMatch> b = written(i);
        if (!a)
            return b;
        if (!b)
            return a;
        return b->end > a->end ? b : a;
    }

    std::optional<Match> resolved(const std::optional<WrittenMatch>& w) const
    {
        if (!w || !w->complete)
            return std::nullopt;
        const std::optional<ResolvedDate> r = m_resolver.resolve(w->date);
        if (!r)
            return std::nullopt;
        return Match{w->end, r->value};
    }

    std::optional<Match> calendarDate(int i) const { return resolved(writtenOrNumeric(i)); }

    // اليوم، أمس، أول أمس، غداً، الخميس الماضي، الأسبوع المقبل، منذ ثلاثة أيام، مطلع الشهر الجاري.
    std::optional<Match> relative(int i) const
    {
        const QDate ref = m_resolver.reference();
        auto on = [](int end, DateValue v) {
            v.relative = true;
            return Match{end, v};
        };
        if (const std::optional<Match> day = nearDay(i))
            return day;
        const QString w = word(i);
        if (const int d = weekday(w)) {
            const Anchor a = anchor(word(i + 1));
            const int back = (ref.dayOfWeek() - d + 7) % 7;
            const int ahead = (d - ref.dayOfWeek() + 7) % 7;
            if (a == Anchor::Past)
                return on(i + 2, DateValue::day(ref.addDays(back ? -back : -7)));
            if (a == Anchor::Next)
                return on(i + 2, DateValue::day(ref.addDays(ahead ? ahead : 7)));
            return on(a == Anchor::Current ? i + 2 : i + 1, DateValue::day(ref.addDays(-back)));
        }
        if (const std::optional<Match> period = thisPeriod(i))
            return period;
        if (w == u"منذ"_s || w == u"قبل"_s || w == u"بعد"_s)
            return ago(i + 1, w == u"بعد"_s ? 1 : -1);
        return std::nullopt;
    }

    // اليوم، أمس، أول أمس، غداً، بعد غد, with the weekday news often writes after them (أمس
    // الأربعاء), checked against the day.
    std::optional<Match> nearDay(int i) const
    {
        const QString w = word(i);
        int shift = 0;
        int end = i + 1;
        if (w == u"اليوم"_s && !ordinalDay(word(i + 1)))
            shift = 0;
        else if (w == u"امس"_s && is(i + 1, u"الاول"_s))
            std::tie(shift, end) = std::pair{-2, i + 2};
        else if (w == u"امس"_s || w == u"البارحه"_s)
            shift = -1;
        else if (w == u"اول"_s && is(i + 1, u"امس"_s))
            std::tie(shift, end) = std::pair{-2, i + 2};
        else if (w == u"غدا"_s)
            shift = 1;
        else if (w == u"بعد"_s && (is(i + 1, u"غد"_s) || is(i + 1, u"غدا"_s)))
            std::tie(shift, end) = std::pair{2, i + 2};
        else
            return std::nullopt;
        DateValue v = DateValue::day(m_resolver.reference().addDays(shift));
        v.relative = true;
        if (const int d = weekday(word(end))) {
            if (v.isValid() && v.first.dayOfWeek() != d)
                v.warning =
                    DateParser::tr("the weekday written is not the one of %1").arg(v.first.toString(u"yyyy-MM-dd"_s));
            ++end;
        }
        return Match{end, v};
    }

    // الأسبوع / الشهر / العام الماضي، المقبل، الجاري; هذا الشهر; مطلع الشهر الجاري.
    std::optional<Match> thisPeriod(int i) const
    {
        const QDate ref = m_resolver.reference();
        const Part p = part(word(i));
        int j = p == Part::None ? i : i + 1;
        int shift = 0;
        const bool pointed = is(j, u"هذا"_s) || is(j, u"هذه"_s);
        if (pointed)
            ++j;
        const QString period = word(j);
        if (!pointed) {
            const Anchor a = anchor(word(j + 1));
            if (a == Anchor::None)
                return std::nullopt;
            shift = a == Anchor::Past ? -1 : a == Anchor::Next ? 1 : 0;
            ++j;
        }
        const int end = j + 1;
        DateValue v;
        if (period == u"الاسبوع"_s && p == Part::None) {
            v = DateValue::week(ref.addDays(7 * shift));
        } else if (period == u"الشهر"_s) {
            const QDate month = ref.addMonths(shift);
            WrittenDate wd;
            wd.year = month.year();
            wd.month = month.month();
            wd.part = p;
            const std::optional<ResolvedDate> r = m_resolver.resolve(wd);
            if (!r)
                return std::nullopt;
            v = r->value;
        } else if (period == u"العام"_s || period == u"السنه"_s) {
            WrittenDate wd;
            wd.year = ref.year() + shift;
            wd.part = p;
            const std::optional<ResolvedDate> r = m_resolver.resolve(wd);
            if (!r)
                return std::nullopt;
            v = r->value;
        } else {
            return std::nullopt;
        }
        v.relative = true;
        return Match{end, v};
    }

    // منذ ثلاثة أيام، قبل أسبوعين، بعد 3 أشهر، منذ عام.
    std::optional<Match> ago(int i, int direction) const
    {
        int count = 0;
        int j = i;
        static const QSet<QString> about{u"نحو"_s, u"حوالي"_s, u"قرابه"_s, u"زهاء"_s};
        if (about.contains(word(j)))
            ++j;
        else if ((is(j, u"اكثر"_s) || is(j, u"اقل"_s)) && is(j + 1, u"من"_s))
            j += 2;
        if (const DateToken* n = number(j)) {
            if (n->digits > 3)
                return std::nullopt;
            count = n->number;
            ++j;
        } else if (const int c = cardinal(word(j))) {
            count = c;
            ++j;
        }
        const Amount a = unit(word(j));
        if (a.unit == Unit::None || (count && a.count > 1) || (!count && !a.count))
            return std::nullopt;
        if (!count && number(j + 1) && number(j + 1)->digits == 4) // منذ عام 2014: a year
            return std::nullopt;
        if (a.unit == Unit::Month && !count && month(j + 1)) // منذ شهر رمضان: a month
            return std::nullopt;
        count = (count ? count : a.count) * direction;
        const QDate ref = m_resolver.reference();
        DateValue v;
        switch (a.unit) {
        case Unit::Day:
            v = DateValue::day(ref.addDays(count));
            break;
        case Unit::Week:
            v = DateValue::week(ref.addDays(7 * count));
            break;
        case Unit::Month: {
            const QDate month = ref.addMonths(count);
            v = DateValue::month(month.year(), month.month());
            break;
        }
        case Unit::Year:
            v = DateValue::year(ref.year() + count);
            break;
        case Unit::None:
            return std::nullopt;
        }
        v.relative = true;
        return Match{j + 1, v};
    }

    // من 30 يوليو إلى 2 أغسطس، بين 5 و7 مارس، 4 إلى 15 أغسطس، من 2010 حتى اليوم.
    std::optional<Match> range(int i) const
    {
        int j = i;
        bool between = false;
        bool opened = true;
        if (is(j, u"من"_s)) {
            ++j;
        } else if (is(j, u"بين"_s)) {
            between = true;
            ++j;
        } else if (is(j, u"ما"_s) && is(j + 1, u"بين"_s)) {
            between = true;
            j += 2;
        } else {
            opened = false;
        }
        const bool years = between && (is(j, u"عامي"_s) || is(j, u"سنتي"_s));
        if (years)
            ++j;
        const std::optional<WrittenMatch> left = writtenOrNumeric(j);
        if (!left)
            return std::nullopt;
        int k = left->end;
        if (between) {
            if (!is(k, u"و"_s))
                return std::nullopt;
            ++k;
        } else {
            if (is(k, u"و"_s) && (is(k + 1, u"حتي"_s) || is(k + 1, u"الي"_s)))
                ++k;
            const bool dash = mark(k, u'-') || mark(k, u'–');
            if (!dash && !is(k, u"الي"_s) && !is(k, u"حتي"_s) && !is(k, u"لغايه"_s))
                return std::nullopt;
            if (!opened && !left->date.day) // "… حتى 17 سبتمبر" alone is no range
                return std::nullopt;
            ++k;
        }
        std::optional<WrittenMatch> right = writtenOrNumeric(k);
        if (years && !right && number(k) && number(k)->digits == 4) { // بين عامي 2010 و2014
            right = WrittenMatch{k + 1, {}, true};
            right->date.year = number(k)->number;
        }
        std::optional<Match> rightMatch = resolved(right);
        if (!rightMatch && left->complete)
            rightMatch = relative(k);
        if (!rightMatch)
            return std::nullopt;
        std::optional<ResolvedDate> from;
        if (right && right->complete) {
            const std::optional<ResolvedDate> to = m_resolver.resolve(right->date);
            if (!to)
                return std::nullopt;
            WrittenDate w = left->date;
            if (!w.year && w.anchor == Anchor::None && !w.yearShift && !w.monthShift) {
                w.hijri = to->concrete.hijri;
                if (!w.month && w.day)
                    w.month = to->concrete.month;
                w.year = to->concrete.year;
                from = m_resolver.resolve(w);
                if (from && from->value.first > to->value.first) { // من 28 ديسمبر إلى 3 يناير 2016
                    --w.year;
                    from = m_resolver.resolve(w);
                }
            } else if (left->complete) {
                from = m_resolver.resolve(w);
            }
        } else if (left->complete) {
            from = m_resolver.resolve(left->date);
        }
        if (!from || from->value.first > rightMatch->value.last)
            return std::nullopt;
        DateValue v = from->value;
        v.last = rightMatch->value.last;
        v.precision = std::min(from->value.precision, rightMatch->value.precision);
        v.range = true;
        v.relative = from->value.relative || rightMatch->value.relative;
        v.calendar = from->value.calendar;
        return Match{rightMatch->end, v};
    }

    // ٦ شوال ١٤٣٦هـ الموافق ٢٢ يوليو ٢٠١٥م, or the same with the other written first or in
    // brackets: one day in two calendars, checked against each other.
    std::optional<Match> dual(int i) const
    {
        const std::optional<WrittenMatch> first = writtenOrNumeric(i);
        if (!first || !first->complete)
            return std::nullopt;
        int k = first->end;
        bool open = false;
        bool agreed = false;
        if (mark(k, u'(')) {
            open = true;
            ++k;
        } else if (mark(k, u'،') || mark(k, u',') || mark(k, u'-') || mark(k, u'/')) {
            ++k;
        }
        static const QSet<QString> connectors{u"الموافق"_s, u"الموافقه"_s, u"يوافق"_s, u"وفق"_s};
        if (connectors.contains(word(k))) {
            agreed = true;
            ++k;
            if (is(k, u"ل"_s))
                ++k;
        }
        if (!open && mark(k, u'(')) {
            open = true;
            ++k;
        }
        if (!open && !agreed)
            return std::nullopt;
        const std::optional<WrittenMatch> second = writtenOrNumeric(k);
        if (!second || !second->complete || second->date.hijri == first->date.hijri)
            return std::nullopt;
        const std::optional<ResolvedDate> a = m_resolver.resolve(first->date);
        const std::optional<ResolvedDate> b = m_resolver.resolve(second->date);
        if (!a || !b)
            return std::nullopt;
        int end = second->end;
        if (open) {
            if (!mark(end, u')'))
                return std::nullopt;
            ++end;
        }
        const DateValue& gregorian = a->concrete.hijri ? b->value : a->value;
        const DateValue& hijri = a->concrete.hijri ? a->value : b->value;
        DateValue v = gregorian;
        v.calendar = a->value.calendar;
        v.relative = a->value.relative && b->value.relative;
        const bool bothDays = !hijri.range && !gregorian.range && hijri.precision == DatePrecision::Day
                              && gregorian.precision == DatePrecision::Day;
        if (bothDays && hijri.first != gregorian.first)
            v.warning = DateParser::tr("the Hijri date is %1 in %2, %n day(s) from the Gregorian date %3", nullptr,
                                       int(std::abs(hijri.first.daysTo(gregorian.first))))
                            .arg(hijri.first.toString(u"yyyy-MM-dd"_s), calendarName(hijri.calendar),
                                 gregorian.first.toString(u"yyyy-MM-dd"_s));
        else if (!bothDays && (hijri.last < gregorian.first || gregorian.last < hijri.first))
            v.warning = DateParser::tr("the Hijri and the Gregorian dates do not overlap (%1 and %2)")
                            .arg(hijri.value(), gregorian.value());
        else if (v.warning.isEmpty())
            v.warning = a->value.warning.isEmpty() ? b->value.warning : a->value.warning;
        return Match{end, v};
    }

    const QList<DateToken>& m_t;
    const DateResolver& m_resolver;
};

bool isLead(const DateToken& t)
{
    static const QSet<QString> leads{u"في"_s,  u"وفي"_s,   u"يوم"_s,  u"بتاريخ"_s, u"تاريخ"_s, u"منذ"_s,
                                     u"حتي"_s, u"بحلول"_s, u"خلال"_s, u"ليله"_s,   u"صباح"_s,  u"مساء"_s,
                                     u"و"_s,   u"ف"_s,     u"ب"_s,    u"ل"_s};
    return t.kind == DateToken::Kind::Word && leads.contains(t.text);
}

bool isClosing(const DateToken& t)
{
    static const QString marks = u".,،؛;:!؟?\"»'"_s;
    return t.kind == DateToken::Kind::Mark && t.text.size() == 1 && marks.contains(t.text[0]);
}

} // namespace

struct DateParser::Private
{
    Private(QDate reference, DateCalendar hijri)
        : resolver(reference, hijri)
    {
    }
    DateResolver resolver;
};

DateParser::DateParser(QDate reference, DateCalendar hijri)
    : d(std::make_unique<Private>(reference, hijri))
{
}

DateParser::~DateParser() = default;

QDate DateParser::reference() const
{
    return d->resolver.reference();
}

DateCalendar DateParser::hijriCalendar() const
{
    return d->resolver.hijriCalendar();
}

std::optional<DateValue> DateParser::parse(QStringView text) const
{
    const QList<DateToken> tokens = dateTokens(text);
    int n = int(tokens.size());
    while (n > 0 && isClosing(tokens[n - 1]))
        --n;
    int start = 0;
    while (start < n && tokens[start].isMark(u'«'))
        ++start;
    const QList<DateToken> body = tokens.mid(start, n - start);
    const Grammar grammar(body, d->resolver);
    for (int s = 0; s < body.size(); ++s) {
        if (const std::optional<Match> m = grammar.longestAt(s); m && m->end == body.size())
            return m->value;
        if (!isLead(body[s]))
            break;
    }
    return std::nullopt;
}

QList<FoundDate> DateParser::find(QStringView text) const
{
    const QList<DateToken> tokens = dateTokens(text);
    const Grammar grammar(tokens, d->resolver);
    QList<FoundDate> found;
    for (int i = 0; i < tokens.size();) {
        const std::optional<Match> m = grammar.longestAt(i);
        if (!m) {
            ++i;
            continue;
        }
        found.append({tokens[i].start, tokens[m->end - 1].end, m->value});
        i = m->end;
    }
    return found;
}

} // namespace hamish
