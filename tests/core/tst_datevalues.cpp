#include "annotations/annotationservice.h"
#include "annotations/schemaservice.h"
#include "dates/dateattributes.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;
using namespace Qt::StringLiterals;

// DATE entities' values (issue 19): given when they are made, corrected by hand as ISO 8601, and
// carried by the exports.
class TestDateValues : public QObject
{
    Q_OBJECT

private:
    // An article of 23 July 2015 with a non-BMP character before its dates.
    const QString m_body = u"\U0001F4F0 قال الوزير أمس إن الاجتماع عقد في ٦ شوال ١٤٣٦هـ."_s;
    std::unique_ptr<test::TempLibrary> m_temp;
    qint64 m_article = 0;
    qint64 m_dateType = 0;

    qint64 tagDate(AnnotationService& service, const QString& text)
    {
        const qsizetype at = m_body.indexOf(text);
        const Result<Annotation> a =
            service.create({m_article, AnnotationKind::Entity, at, at + text.size(), m_dateType, {}, {}});
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        return a->id;
    }

    QString exported(ExportFormat format)
    {
        const QString path = m_temp->dir.filePath(u"out."_s + exportFormatSuffix(format));
        if (!ExportService(*m_temp->library).exportTo(format, {}, path))
            qFatal("export failed");
        if (format != ExportFormat::Brat)
            return QString::fromUtf8(test::readFile(path));
        QString all;
        for (const QFileInfo& file : QDir(path).entryInfoList({u"*.ann"_s}))
            all += QString::fromUtf8(test::readFile(file.filePath()));
        return all;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempLibrary>();
        const QString corpus = m_temp->dir.filePath(u"a.json"_s);
        QFile file(corpus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonArray{QJsonObject{{u"title"_s, u"اجتماع"_s},
                                                        {u"date_extracted"_s, u"2015-07-23 10:00:00"_s},
                                                        {u"content"_s, m_body}}})
                       .toJson());
        file.close();
        m_article = ImportService(*m_temp->library).importFile(corpus).added.value(0);
        QVERIFY(m_article > 0);
        m_dateType = SchemaService(*m_temp->library).schema()->entityType(u"DATE"_s)->id;
    }

    void theDateTypeDeclaresTheValueAttributes()
    {
        const AnnotationSchema schema = *SchemaService(*m_temp->library).schema();
        for (const char16_t* name :
             {dateattributes::Value, dateattributes::Calendar, dateattributes::Precision, dateattributes::Kind})
            QVERIFY2(schema.attribute(m_dateType, QString::fromUtf16(name)), qPrintable(QString::fromUtf16(name)));
        QCOMPARE(schema.attribute(m_dateType, u"calendar"_s)->choices,
                 (QStringList{u"gregorian"_s, u"islamic-umalqura"_s, u"islamic-civil"_s}));
    }

    void newDateEntitiesGetTheirValue()
    {
        AnnotationService service(*m_temp->library);
        const qint64 yesterday = tagDate(service, u"أمس"_s);
        const QMap<QString, QString> values = service.annotation(yesterday)->attributes;
        QCOMPARE(values.value(u"value"_s), u"2015-07-22"_s);
        QCOMPARE(values.value(u"calendar"_s), u"gregorian"_s);
        QCOMPARE(values.value(u"precision"_s), u"day"_s);
        QCOMPARE(values.value(u"kind"_s), u"relative"_s);
        // The preference chooses the tabular Hijri calendar: 6 Shawwal 1436 is a day later there.
        service.setHijriCalendar(DateCalendar::IslamicCivil);
        const qint64 hijri = tagDate(service, u"٦ شوال ١٤٣٦هـ"_s);
        QCOMPARE(service.annotation(hijri)->attributes.value(u"value"_s), u"2015-07-23"_s);
        QCOMPARE(service.annotation(hijri)->attributes.value(u"calendar"_s), u"islamic-civil"_s);
        // Other types get nothing.
        const qsizetype at = m_body.indexOf(u"الوزير"_s);
        const qint64 person = service
                                  .create({m_article,
                                           AnnotationKind::Entity,
                                           at,
                                           at + 6,
                                           SchemaService(*m_temp->library).schema()->entityType(u"PER"_s)->id,
                                           {},
                                           {}})
                                  ->id;
        QVERIFY(service.annotation(person)->attributes.isEmpty());
    }

    void valuesAreCorrectedAsIso8601()
    {
        AnnotationService service(*m_temp->library);
        const qint64 id = tagDate(service, u"أمس"_s);
        QVERIFY(service.setAttribute(id, u"value"_s, u"2015-07-21"_s));
        QCOMPARE(dateattributes::read(service.annotation(id)->attributes)->value(), u"2015-07-21"_s);
        QVERIFY(service.setAttribute(id, u"value"_s, u"2015-W30"_s));
        QVERIFY(!service.setAttribute(id, u"value"_s, u"last Tuesday"_s));
        QVERIFY(!service.setAttribute(id, u"value"_s, u"2015-02-30"_s));
        QVERIFY(!service.setAttribute(id, u"calendar"_s, u"julian"_s));
        QCOMPARE(service.annotation(id)->attributes.value(u"value"_s), u"2015-W30"_s);
    }

    // A DATE entity kept without a value (made before schema 15, or imported bare) is exported with
    // the one its text reads as; code points count the emoji as one.
    void exportsCarryTheValue()
    {
        AnnotationService service(*m_temp->library);
        const qint64 id = tagDate(service, u"٦ شوال ١٤٣٦هـ"_s);
        QVERIFY(m_temp->library->database().exec(u"DELETE FROM annotation_attribute"_s));
        const QString csv = exported(ExportFormat::Csv);
        QVERIFY(csv.contains(u",date_value,date_calendar,date_precision,date_kind\r\n"_s));
        QVERIFY2(csv.contains(u",2015-07-22,islamic-umalqura,day,absolute\r\n"_s), qPrintable(csv));
        const QJsonObject line = QJsonDocument::fromJson(exported(ExportFormat::Jsonl).toUtf8()).object();
        const QJsonObject entity = line[u"entities"_s].toArray().first().toObject();
        QCOMPARE(entity[u"start_offset"_s].toInt(), 36);
        QCOMPARE(entity[u"date"_s][u"value"_s].toString(), u"2015-07-22"_s);
        QCOMPARE(entity[u"date"_s][u"calendar"_s].toString(), u"islamic-umalqura"_s);
        const QString brat = exported(ExportFormat::Brat);
        QVERIFY2(brat.contains(u"T1\tDATE 36 49\t٦ شوال ١٤٣٦هـ\n"_s), qPrintable(brat));
        QVERIFY(brat.contains(u"\tvalue T1 2015-07-22\n"_s));
        QVERIFY(brat.contains(u"\tcalendar T1 islamic-umalqura\n"_s));
        QVERIFY(brat.contains(u"\tprecision T1 day\n"_s));
        const QString w3c = exported(ExportFormat::W3c);
        QVERIFY(w3c.contains(u"\"value\": \"value=2015-07-22\""_s));
        QVERIFY(w3c.contains(u"\"value\": \"calendar=islamic-umalqura\""_s));
        QVERIFY(w3c.contains(u"\"value\": \"precision=day\""_s));
        Q_UNUSED(id)
    }
};

QTEST_GUILESS_MAIN(TestDateValues)
#include "tst_datevalues.moc"
