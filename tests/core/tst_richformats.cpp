#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/relationstore.h"
#include "annotations/schemaservice.h"
#include "formats/annotationimportservice.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

namespace {

// What a library holds beyond flat spans, in terms that survive a move to another library:
// quotes instead of ids.
struct Rich
{
    QStringList relations;  // TYPE «from» «to» note
    QStringList attributes; // «quote» name=value
    QStringList references; // «quote» resource:identifier label
    QStringList labels;     // set=label

    bool operator==(const Rich&) const = default;
};

Rich richOf(Library& library)
{
    Rich rich;
    const AnnotationSchema schema = *SchemaService(library).schema();
    const QList<Annotation> annotations = *library.annotations().forArticle(0);
    const auto quote = [&](qint64 id) {
        for (const Annotation& a : annotations) {
            if (a.id == id)
                return a.quote;
        }
        return QString();
    };
    for (const Relation& r : *RelationStore(library.database()).forArticle(0))
        rich.relations.append(QStringLiteral("%1 «%2» «%3» %4")
                                  .arg(schema.relationType(r.typeId)->code, quote(r.fromId), quote(r.toId), r.note));
    for (const Annotation& a : annotations) {
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
            rich.attributes.append(QStringLiteral("«%1» %2=%3").arg(a.quote, it.key(), it.value()));
        for (const Reference& r : a.references)
            rich.references.append(QStringLiteral("«%1» %2:%3 %4").arg(a.quote, r.resource, r.identifier, r.label));
    }
    for (const ArticleLabel& l : *RelationStore(library.database()).labels(0)) {
        for (const LabelSet& set : schema.labelSets) {
            for (const Label& label : set.labels) {
                if (label.id == l.labelId)
                    rich.labels.append(set.code + u'=' + label.code);
            }
        }
    }
    for (QStringList* list : {&rich.relations, &rich.attributes, &rich.references, &rich.labels}) {
        list->removeDuplicates();
        list->sort();
    }
    return rich;
}

// emoji-article.txt (a non-BMP emoji before every tag) with four tags, two relations, an
// attribute value, a reference and two document labels.
struct Fixture
{
    test::TempLibrary temp;
    AnnotationService annotations{*temp.library};
    RelationService relations{*temp.library};
    SchemaService schemas{*temp.library};
    qint64 article = 0;

    Fixture()
    {
        article = ImportService(*temp.library)
                      .importFile(test::dataPath(QStringLiteral("formats/emoji-article.txt")), {})
                      .added.first();
        const AnnotationSchema schema = *schemas.schema();
        const QString body = temp.library->articles().article(article)->body;
        const auto tag = [&](const QString& text, const QString& code) {
            const qsizetype at = body.indexOf(text);
            return annotations
                .create({article, AnnotationKind::Entity, at, at + text.size(), schema.entityType(code)->id, {}, {}})
                ->id;
        };
        const qint64 person = tag(QStringLiteral("مُحَمَّدٌ"), QStringLiteral("PER"));
        const qint64 bbc = tag(QStringLiteral("BBC"), QStringLiteral("ORG"));
        const qint64 doha = tag(QStringLiteral("الدوحة"), QStringLiteral("LOC"));
        tag(QStringLiteral("مسقط"), QStringLiteral("LOC"));
        QVERIFY(relations.create(
            {person, bbc, schema.relationType(QStringLiteral("MEMBER_OF"))->id, QStringLiteral("مراسل"), {}, {}}));
        QVERIFY(relations.create({bbc, doha, schema.relationType(QStringLiteral("LOCATED_IN"))->id, {}, {}, {}}));
        AttributeDefinition role;
        role.entityTypeId = schema.entityType(QStringLiteral("PER"))->id;
        role.name = QStringLiteral("role");
        role.kind = AttributeDefinition::Kind::Choice;
        role.choices = {QStringLiteral("speaker"), QStringLiteral("subject")};
        QVERIFY(schemas.addAttribute(role));
        QVERIFY(annotations.setAttribute(person, QStringLiteral("role"), QStringLiteral("speaker")));
        QVERIFY(temp.library->database().exec(
            QStringLiteral("INSERT INTO annotation_reference VALUES (%1, 0, 'Wikidata', 'Q3861', 'Doha', %2)")
                .arg(doha)
                .arg(article)));
        const LabelSet* topic = schema.labelSet(QStringLiteral("topic"));
        const LabelSet* genre = schema.labelSet(QStringLiteral("genre"));
        QVERIFY(relations.setLabel(article, topic->label(QStringLiteral("politics"))->id));
        QVERIFY(relations.setLabel(article, genre->label(QStringLiteral("news"))->id));
    }
};

QString exportTo(Library& library, ExportFormat format, const QTemporaryDir& dir, ExportSummary* summary = nullptr)
{
    const QString path = dir.filePath(QStringLiteral("out.") + exportFormatSuffix(format));
    Result<ExportSummary> written = ExportService(library).exportTo(format, {}, path);
    if (!written)
        qFatal("%s", qPrintable(written.error()));
    if (summary)
        *summary = *written;
    return path;
}

} // namespace

class TestRichFormats : public QObject
{
    Q_OBJECT

private slots:
    void w3c_carriesRelationsAttributesReferencesAndLabels()
    {
        Fixture f;
        QTemporaryDir dir;
        ExportSummary summary;
        const QString path = exportTo(*f.temp.library, ExportFormat::W3c, dir, &summary);
        QCOMPARE(summary.relations, 2);
        QVERIFY(summary.leftOut.isEmpty());

        // A relation is an annotation that links; a label classifies the whole article.
        const QJsonObject collection = QJsonDocument::fromJson(test::readFile(path)).object();
        const QJsonArray items = collection.value(u"first").toObject().value(u"items").toArray();
        QCOMPARE(items.size(), 4 + 2 + 2);
        QCOMPARE(collection.value(u"total").toInt(), 8);
        int links = 0, classifications = 0;
        for (const auto& value : items) {
            const QJsonObject item = value.toObject();
            if (item.value(u"motivation").toString() == u"linking") {
                ++links;
                QVERIFY(item.value(u"target").toString().startsWith(QStringLiteral("urn:hamish:annotation:")));
                const QJsonObject link = item.value(u"body").toArray().at(0).toObject();
                QCOMPARE(link.value(u"purpose").toString(), QStringLiteral("linking"));
                QVERIFY(link.value(u"source").toString().startsWith(QStringLiteral("urn:hamish:annotation:")));
            } else if (item.value(u"motivation").toString() == u"classifying") {
                ++classifications;
                QVERIFY(!item.value(u"target").toObject().contains(u"selector"));
            }
        }
        QCOMPARE(links, 2);
        QCOMPARE(classifications, 2);

        // Into another library holding the same article: the same relations, values and labels.
        test::TempLibrary other;
        ImportService(*other.library).importFile(test::dataPath(QStringLiteral("formats/emoji-article.txt")), {});
        AnnotationService annotations(*other.library);
        const AnnotationImportReport report =
            AnnotationImportService(*other.library, annotations).importFile(AnnotationFormat::W3c, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.annotationsAdded, 4);
        QCOMPARE(report.relationsAdded, 2);
        QCOMPARE(report.labelsSet, 2);
        const Rich original = richOf(*f.temp.library);
        QCOMPARE(original.relations.size(), 2);
        QCOMPARE(richOf(*other.library), original);
        // Again: nothing new.
        const AnnotationImportReport again =
            AnnotationImportService(*other.library, annotations).importFile(AnnotationFormat::W3c, path);
        QCOMPARE(again.annotationsAdded + again.relationsAdded + again.labelsSet, 0);
        QCOMPARE(again.duplicates, 8);
    }

    void jsonl_roundTripsRelationsEventsAttributesAndLabels()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = exportTo(*f.temp.library, ExportFormat::Jsonl, dir);
        const QJsonObject line = QJsonDocument::fromJson(test::readFile(path).trimmed()).object();
        // doccano's relation form beside Hamish's own record.
        QCOMPARE(line.value(u"entities").toArray().size(), 4);
        QCOMPARE(line.value(u"relations").toArray().size(), 2);
        QCOMPARE(line.value(u"cats").toArray(),
                 QJsonArray({QStringLiteral("topic:politics"), QStringLiteral("genre:news")}));
        test::TempLibrary other;
        AnnotationService annotations(*other.library);
        const AnnotationImportReport report =
            AnnotationImportService(*other.library, annotations).importFile(AnnotationFormat::Jsonl, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.articlesCreated, 1);
        QCOMPARE(richOf(*other.library), richOf(*f.temp.library));
    }

    // doccano's own export: entity ids, relations by from_id and to_id, cats; offsets count code
    // points, so the emoji before the names (a surrogate pair in UTF-16) counts once.
    void jsonl_readsDoccanosRelationFormInCodePoints()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doccano.jsonl"));
        const QString text = QStringLiteral("😀 زار أحمد دمشق");
        const QJsonObject record{
            {QStringLiteral("text"), text},
            {QStringLiteral("entities"), QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                                                {QStringLiteral("label"), QStringLiteral("PER")},
                                                                {QStringLiteral("start_offset"), 6},
                                                                {QStringLiteral("end_offset"), 10}},
                                                    QJsonObject{{QStringLiteral("id"), 8},
                                                                {QStringLiteral("label"), QStringLiteral("LOC")},
                                                                {QStringLiteral("start_offset"), 11},
                                                                {QStringLiteral("end_offset"), 15}}}},
            {QStringLiteral("relations"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                                 {QStringLiteral("from_id"), 7},
                                                                 {QStringLiteral("to_id"), 8},
                                                                 {QStringLiteral("type"), QStringLiteral("VISITED")}}}},
            {QStringLiteral("cats"), QJsonArray{QStringLiteral("travel")}}};
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        file.close();
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::Jsonl, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.relationTypesCreated, QStringList{QStringLiteral("VISITED")});
        QCOMPARE(report.labelsCreated, QStringList({QStringLiteral("category"), QStringLiteral("category=travel")}));
        const Rich rich = richOf(*temp.library);
        QCOMPARE(rich.relations, QStringList{QStringLiteral("VISITED «أحمد» «دمشق» ")});
        QCOMPARE(rich.labels, QStringList{QStringLiteral("category=travel")});
    }

    void w3c_saysWhatIsReallyWrongWithAPlacement()
    {
        test::TempLibrary temp;
        Article a;
        a.title = a.url = QStringLiteral("http://example.org/short");
        a.body = QStringLiteral("نص قصير");
        a.contentHash = contentHashOf(a.body);
        a.importedAt = test::fixedNow();
        QVERIFY(temp.library->articles().insert(a));
        const auto annotation = [](const QJsonObject& selector) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("Annotation")},
                               {QStringLiteral("bodyValue"), QStringLiteral("ملاحظة")},
                               {QStringLiteral("target"),
                                QJsonObject{{QStringLiteral("source"), QStringLiteral("http://example.org/short")},
                                            {QStringLiteral("selector"), selector}}}};
        };
        const QJsonArray all{annotation({{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                         {QStringLiteral("start"), 3},
                                         {QStringLiteral("end"), 40}}),
                             annotation({{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                         {QStringLiteral("exact"), QStringLiteral("غائب")}})};
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(all).toJson());
        file.close();
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::W3c, file.fileName());
        QVERIFY(report.succeeded());
        QCOMPARE(report.unplaced.size(), 2);
        QVERIFY2(report.unplaced.at(0).contains(QStringLiteral("past the end of the article (7 code points)")),
                 qPrintable(report.unplaced.at(0)));
        QVERIFY2(report.unplaced.at(1).contains(QStringLiteral("the quote is not in the article")),
                 qPrintable(report.unplaced.at(1)));
    }

    void csvAndReports_includeRelationsAttributesAndLabels()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString csv = QString::fromUtf8(test::readFile(exportTo(*f.temp.library, ExportFormat::Csv, dir)));
        QVERIFY(csv.contains(QStringLiteral(
            ",attributes,references,from_id,to_id,date_value,date_calendar,date_precision,date_kind\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",relation,MEMBER_OF,")));
        QVERIFY(csv.contains(QStringLiteral("role=speaker")));
        QVERIFY(csv.contains(QStringLiteral("Wikidata:Q3861")));
        QVERIFY(csv.contains(QStringLiteral(",label,topic,,,,politics,")));
        // The relation's row gives its ends by annotation id, and no offsets.
        const QString markdown =
            QString::fromUtf8(test::readFile(exportTo(*f.temp.library, ExportFormat::Markdown, dir)));
        QVERIFY(markdown.contains(QStringLiteral("topic: politics")));
        QVERIFY(markdown.contains(QStringLiteral("role=speaker")));
        QVERIFY2(markdown.contains(QStringLiteral("MEMBER\\_OF · عضو في")), qPrintable(markdown));
        const QString html = QString::fromUtf8(test::readFile(exportTo(*f.temp.library, ExportFormat::Html, dir)));
        QVERIFY(html.contains(QStringLiteral("<h3>العلاقات</h3>")));
        QVERIFY(html.contains(QStringLiteral("«مُحَمَّدٌ» ← MEMBER_OF · عضو في «BBC»")));
    }

    // CoNLL holds entities only: the summary counts what it leaves out.
    void conll_saysWhatItLeavesOut()
    {
        Fixture f;
        QTemporaryDir dir;
        ExportSummary summary;
        exportTo(*f.temp.library, ExportFormat::Conll, dir, &summary);
        QCOMPARE(summary.leftOut.value(ExportSummary::relationsWord()), 2);
        QCOMPARE(summary.leftOut.value(ExportSummary::labelsWord()), 2);
        QCOMPARE(summary.leftOut.value(ExportSummary::attributesWord()), 1);
        QCOMPARE(summary.leftOut.value(ExportSummary::referencesWord()), 1);
        QVERIFY(summary.leftOutText().contains(QStringLiteral("2 relations")));
    }
};

QTEST_GUILESS_MAIN(TestRichFormats)
#include "tst_richformats.moc"
