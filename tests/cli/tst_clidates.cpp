#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hamish::test::runCli;

// The date commands' contract (issue 19): `hamish date` and `hamish find-dates`.
class TestCliDates : public QObject
{
    Q_OBJECT

private slots:
    void datePrintsValueCalendarPrecisionAndKind();
    void dateOutsideTheExpressionIsNotADate();
    void dualDateThatDisagreesWarnsOnStderr();
    void hijriOptionChoosesTheTabularCalendar();
    void badOptionsAreUsageErrors();
    void findDatesCountsCodePointsFromTheArticleDate_andDatesListsTheValues();
};

void TestCliDates::datePrintsValueCalendarPrecisionAndKind()
{
    auto r = runCli({u"date"_s, u"--reference"_s, u"2015-07-23"_s, u"٦ شوال ١٤٣٦هـ"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"2015-07-22\tislamic-umalqura\tday\tabsolute\n"_s);
    r = runCli({u"date"_s, u"--reference"_s, u"2015-07-23"_s, u"الخميس الماضي"_s});
    QCOMPARE(r.out, u"2015-07-16\tgregorian\tday\trelative\n"_s);
    r = runCli({u"date"_s, u"--reference"_s, u"2015-07-23"_s, u"الأسبوع الماضي"_s});
    QCOMPARE(r.out, u"2015-W29\tgregorian\tweek\trelative\n"_s);
    r = runCli({u"date"_s, u"--reference"_s, u"2015-07-23"_s, u"رمضان 1436هـ"_s});
    QCOMPARE(r.out, u"2015-06-18/2015-07-16\tislamic-umalqura\tday\tabsolute\n"_s);
    r = runCli({u"date"_s, u"--reference"_s, u"2015-07-23"_s, u"من 30 يوليو إلى 2 أغسطس"_s});
    QCOMPARE(r.out, u"2015-07-30/2015-08-02\tgregorian\tday\trelative\n"_s);
    // Without --reference, relative expressions count from today.
    r = runCli({u"date"_s, u"أمس"_s});
    QCOMPARE(r.out, QDate::currentDate().addDays(-1).toString(u"yyyy-MM-dd"_s) + u"\tgregorian\tday\trelative\n"_s);
}

void TestCliDates::dateOutsideTheExpressionIsNotADate()
{
    for (const QString& text : {u"وصل الوفد أمس إلى الرياض"_s, u"1 - صفر"_s, u"30 فبراير 2015"_s}) {
        const auto r = runCli({u"date"_s, text});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, u"not a date\n"_s);
    }
}

void TestCliDates::dualDateThatDisagreesWarnsOnStderr()
{
    auto r = runCli({u"date"_s, u"7 شوال 1436هـ الموافق 22 يوليو 2015م"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"2015-07-22\tislamic-umalqura\tday\tabsolute\n"_s);
    QVERIFY(r.err.startsWith(u"hamish: warning: "_s));
    r = runCli({u"date"_s, u"22 يوليو 2015م (6 شوال 1436هـ)"_s});
    QCOMPARE(r.out, u"2015-07-22\tgregorian\tday\tabsolute\n"_s);
    QCOMPARE(r.err, QString());
}

void TestCliDates::hijriOptionChoosesTheTabularCalendar()
{
    auto r = runCli({u"date"_s, u"--hijri"_s, u"civil"_s, u"1 شوال 1436هـ"_s});
    QCOMPARE(r.out, u"2015-07-18\tislamic-civil\tday\tabsolute\n"_s);
    r = runCli({u"date"_s, u"--hijri"_s, u"umalqura"_s, u"1 شوال 1436هـ"_s});
    QCOMPARE(r.out, u"2015-07-17\tislamic-umalqura\tday\tabsolute\n"_s);
}

void TestCliDates::badOptionsAreUsageErrors()
{
    QCOMPARE(runCli({u"date"_s, u"--hijri"_s, u"julian"_s, u"أمس"_s}).exitCode, 2);
    QCOMPARE(runCli({u"date"_s, u"--reference"_s, u"23/07/2015"_s, u"أمس"_s}).exitCode, 2);
    QCOMPARE(runCli({u"date"_s}).exitCode, 2);
    QCOMPARE(runCli({u"find-dates"_s, u"--article"_s, u"x"_s}).exitCode, 2);
}

// Offsets count code points of the canonical body: the emoji before the dates is one.
void TestCliDates::findDatesCountsCodePointsFromTheArticleDate_andDatesListsTheValues()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.hamish"_s);
    const QString corpus = dir.filePath(u"a.json"_s);
    const QString body = u"\U0001F4F0 وصل الوفد أمس، ويعود في 28 يوليو (تموز) الجاري."_s;
    QFile file(corpus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonArray{QJsonObject{{u"title"_s, u"زيارة"_s},
                                                    {u"date_extracted"_s, u"2015-07-23 19:28:17"_s},
                                                    {u"content"_s, body}}})
                   .toJson());
    file.close();
    QCOMPARE(runCli({u"import"_s, u"--db"_s, db, corpus}).exitCode, 0);
    auto r = runCli({u"find-dates"_s, u"--db"_s, db, u"--article"_s, u"1"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines(),
             (QStringList{u"12\t15\t2015-07-22\tأمس"_s, u"26\t48\t2015-07-28\t28 يوليو (تموز) الجاري"_s}));
    r = runCli({u"find-dates"_s, u"--db"_s, db, u"--article"_s, u"1"_s, u"--json"_s});
    const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[1][u"start"_s].toInt(), 26);
    QCOMPARE(found[1][u"kind"_s].toString(), u"relative"_s);
    QCOMPARE(found[1][u"calendar"_s].toString(), u"gregorian"_s);
    QCOMPARE(found[1][u"precision"_s].toString(), u"day"_s);
    QCOMPARE(runCli({u"find-dates"_s, u"--db"_s, db, u"--article"_s, u"9"_s}).exitCode, 1);

    // `dates`: the article's DATE entities with their values (none for a text that is no date).
    QCOMPARE(runCli({u"annotate"_s, u"--db"_s, db, u"--article"_s, u"1"_s, u"--start"_s, u"12"_s, u"--end"_s, u"15"_s,
                     u"--entity"_s, u"DATE"_s})
                 .exitCode,
             0);
    QCOMPARE(runCli({u"annotate"_s, u"--db"_s, db, u"--article"_s, u"1"_s, u"--start"_s, u"2"_s, u"--end"_s, u"5"_s,
                     u"--entity"_s, u"DATE"_s})
                 .exitCode,
             0);
    r = runCli({u"dates"_s, u"--db"_s, db, u"--article"_s, u"1"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines(),
             (QStringList{u"2\t2\t5\t\t\t\t\tوصل"_s, u"1\t12\t15\t2015-07-22\tgregorian\tday\trelative\tأمس"_s}));
    r = runCli({u"dates"_s, u"--db"_s, db, u"--article"_s, u"1"_s, u"--json"_s});
    const QJsonArray dates = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(dates.size(), 2);
    QCOMPARE(dates[1][u"value"_s].toString(), u"2015-07-22"_s);
    QCOMPARE(dates[1][u"annotation"_s].toInt(), 1);
    QVERIFY(!dates[0].toObject().contains(u"value"_s));
}

QTEST_GUILESS_MAIN(TestCliDates)
#include "tst_clidates.moc"
