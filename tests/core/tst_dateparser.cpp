#include "dates/dateparser.h"
#include "dates/hijricalendar.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace hamish;
using namespace Qt::StringLiterals;

// Arabic date expressions and their values (issue 19): the expressions file in tests/data, the
// Hijri conversions, dual dates checked against each other, and finding dates in running text.
class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void expressions_data();
    void expressions();
    void expressionsCoverEveryForm();
    void hijriConversionsFollowIcu();
    void dualDatesThatDisagreeAreFlagged();
    void weekdayThatDisagreesIsFlagged();
    void valuesReadBack_data();
    void valuesReadBack();
    void findReportsRangesInTheSource();
    void findSkipsWhatIsNoDate();
};

namespace {

QList<QStringList> expressionRows()
{
    QFile file(test::dataPath(u"dates/expressions.tsv"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the expressions");
    QList<QStringList> rows;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.isEmpty() && !line.startsWith('#'))
            rows.append(QString::fromUtf8(line).split(u'\t'));
    return rows;
}

DateCalendar hijriNamed(const QString& name)
{
    return name == u"civil"_s ? DateCalendar::IslamicCivil : DateCalendar::IslamicUmmAlQura;
}

} // namespace

void TestDateParser::expressions_data()
{
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("hijri");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    int n = 0;
    for (const QStringList& row : expressionRows()) {
        QVERIFY2(row.size() >= 7, qPrintable(row.join(u" | "_s)));
        const QString expected = row[3] == u"-"_s ? u"-"_s : QStringList(row.mid(3, 4)).join(u'\t');
        QTest::addRow("%d %s", ++n, qPrintable(row[2]))
            << QDate::fromString(row[0], u"yyyy-MM-dd"_s) << row[1] << row[2] << expected;
    }
}

void TestDateParser::expressions()
{
    QFETCH(QDate, reference);
    QFETCH(QString, hijri);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const DateParser parser(reference, hijriNamed(hijri));
    const std::optional<DateValue> value = parser.parse(text);
    const QString got = value ? QStringList{value->value(), calendarName(value->calendar),
                                            precisionName(value->precision), value->kindName()}
                                    .join(u'\t')
                              : u"-"_s;
    QCOMPARE(got, expected);
}

// The file holds at least 200 expressions, with every month name of both calendars, both digit
// systems, each relative form the issue names, ranges and dual dates.
void TestDateParser::expressionsCoverEveryForm()
{
    const QList<QStringList> rows = expressionRows();
    QVERIFY(rows.size() >= 200);
    QString all;
    for (const QStringList& row : rows)
        all += row[2] + u'\n';
    const QStringList needed{u"يناير"_s,
                             u"فبراير"_s,
                             u"مارس"_s,
                             u"أبريل"_s,
                             u"مايو"_s,
                             u"يونيو"_s,
                             u"يوليو"_s,
                             u"أغسطس"_s,
                             u"سبتمبر"_s,
                             u"أكتوبر"_s,
                             u"نوفمبر"_s,
                             u"ديسمبر"_s,
                             u"كانون الثاني"_s,
                             u"شباط"_s,
                             u"آذار"_s,
                             u"نيسان"_s,
                             u"أيار"_s,
                             u"حزيران"_s,
                             u"تموز"_s,
                             u"آب"_s,
                             u"أيلول"_s,
                             u"تشرين الأول"_s,
                             u"تشرين الثاني"_s,
                             u"كانون الأول"_s,
                             u"محرم"_s,
                             u"صفر"_s,
                             u"ربيع الأول"_s,
                             u"ربيع الآخر"_s,
                             u"جمادى الأولى"_s,
                             u"جمادى الآخرة"_s,
                             u"رجب"_s,
                             u"شعبان"_s,
                             u"رمضان"_s,
                             u"شوال"_s,
                             u"ذو القعدة"_s,
                             u"ذو الحجة"_s,
                             u"هـ"_s,
                             u"م"_s,
                             u"٢٠١٥"_s,
                             u"2015"_s,
                             u"اليوم"_s,
                             u"أمس"_s,
                             u"أول أمس"_s,
                             u"غداً"_s,
                             u"الخميس الماضي"_s,
                             u"الأسبوع الماضي"_s,
                             u"الشهر المقبل"_s,
                             u"العام الماضي"_s,
                             u"منذ ثلاثة أيام"_s,
                             u"مطلع الشهر الجاري"_s,
                             u"من "_s,
                             u" إلى "_s,
                             u"بين "_s,
                             u"الموافق"_s};
    for (const QString& form : needed)
        QVERIFY2(all.contains(form), qPrintable(form));
}

// ICU's calendars at midnight GMT (TECH-NOTES-2 §3): 1 Shawwal 1436 is 17 July 2015 in Umm
// al-Qura and 18 July in the tabular calendar; there is no 30 Ramadan 1436 in Umm al-Qura.
void TestDateParser::hijriConversionsFollowIcu()
{
    const HijriCalendar uq(DateCalendar::IslamicUmmAlQura);
    const HijriCalendar civil(DateCalendar::IslamicCivil);
    QCOMPARE(uq.toGregorian({1436, 10, 1}), QDate(2015, 7, 17));
    QCOMPARE(civil.toGregorian({1436, 10, 1}), QDate(2015, 7, 18));
    QVERIFY(!uq.toGregorian({1436, 9, 30}));
    QVERIFY(!uq.toGregorian({1436, 13, 1}));
    const std::optional<HijriDate> back = uq.fromGregorian(QDate(2015, 7, 22));
    QVERIFY(back);
    QCOMPARE(back->year, 1436);
    QCOMPARE(back->month, 10);
    QCOMPARE(back->day, 6);
    const auto ramadan = uq.monthDays(1436, 9);
    QVERIFY(ramadan);
    QCOMPARE(ramadan->first, QDate(2015, 6, 18));
    QCOMPARE(ramadan->second, QDate(2015, 7, 16));
}

void TestDateParser::dualDatesThatDisagreeAreFlagged()
{
    const DateParser parser(QDate(2015, 7, 23));
    const std::optional<DateValue> agreeing = parser.parse(u"٦ شوال ١٤٣٦هـ الموافق ٢٢ يوليو ٢٠١٥م"_s);
    QVERIFY(agreeing);
    QVERIFY2(agreeing->warning.isEmpty(), qPrintable(agreeing->warning));
    const std::optional<DateValue> disagreeing = parser.parse(u"7 شوال 1436هـ الموافق 22 يوليو 2015م"_s);
    QVERIFY(disagreeing);
    QCOMPARE(disagreeing->value(), u"2015-07-22"_s);
    QVERIFY(disagreeing->warning.contains(u"2015-07-23"_s));
    // The tabular calendar puts 6 Shawwal a day later: the same text disagrees there.
    const DateParser civil(QDate(2015, 7, 23), DateCalendar::IslamicCivil);
    const std::optional<DateValue> tabular = civil.parse(u"٦ شوال ١٤٣٦هـ الموافق ٢٢ يوليو ٢٠١٥م"_s);
    QVERIFY(tabular);
    QCOMPARE(calendarName(tabular->calendar), u"islamic-civil"_s);
    QVERIFY(!tabular->warning.isEmpty());
}

void TestDateParser::weekdayThatDisagreesIsFlagged()
{
    const DateParser parser(QDate(2015, 7, 23));
    QVERIFY(parser.parse(u"الخميس 23 يوليو 2015"_s)->warning.isEmpty());
    QVERIFY(!parser.parse(u"الجمعة 23 يوليو 2015"_s)->warning.isEmpty());
}

void TestDateParser::valuesReadBack_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    for (const char* v : {"2015-07-23", "2015-07", "2015", "2015-W30", "2015-W53", "2015-07-20/2015-07-26", "2010/2014",
                          "2015-03/2015-05"})
        QTest::newRow(v) << QString::fromLatin1(v) << true;
    for (const char* v : {"2015-13", "2015-02-30", "2014-W53", "2015-07-26/2015-07-20", "2015/2015-07", "23/7/2015"})
        QTest::newRow(v) << QString::fromLatin1(v) << false;
}

void TestDateParser::valuesReadBack()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const std::optional<DateValue> read = parseDateValue(value);
    QCOMPARE(bool(read), valid);
    if (read)
        QCOMPARE(read->value(), value);
}

// find() gives UTF-16 ranges of the source text (with its harakat and a non-BMP character before
// them), the longest expression at each place.
void TestDateParser::findReportsRangesInTheSource()
{
    const QString text = u"\U0001F4F0 وصل الوفد أمسِ، ويغادر في ٢٨ يوليو (تموز) الجاري، وكان قد زار البلاد "
                         u"من 30 يوليو إلى 2 أغسطس 2014."_s;
    const DateParser parser(QDate(2015, 7, 23));
    const QList<FoundDate> found = parser.find(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(text.mid(found[0].start, found[0].end - found[0].start), u"أمسِ"_s);
    QCOMPARE(found[0].value.value(), u"2015-07-22"_s);
    QCOMPARE(text.mid(found[1].start, found[1].end - found[1].start), u"٢٨ يوليو (تموز) الجاري"_s);
    QCOMPARE(found[1].value.value(), u"2015-07-28"_s);
    QCOMPARE(text.mid(found[2].start, found[2].end - found[2].start), u"من 30 يوليو إلى 2 أغسطس 2014"_s);
    QCOMPARE(found[2].value.value(), u"2014-07-30/2014-08-02"_s);
}

void TestDateParser::findSkipsWhatIsNoDate()
{
    const DateParser parser(QDate(2015, 7, 23));
    const QString text = u"فاز الفريق 2 - صفر وحضر أكثر من 2000 مشجع، وقال أب اللاعب إن رمضان كريم"_s;
    const QList<FoundDate> found = parser.find(text);
    QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().value.value()));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
