#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "formats/annotationimportservice.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "jsonschema.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hamish;

namespace {

QStringList assertions(const QString& manifest)
{
    const QJsonObject test = QJsonDocument::fromJson(test::readFile(manifest)).object();
    QStringList files;
    for (const auto& a : test.value(u"assertions").toArray())
        files.append(a.toString());
    return files;
}

// The lines of a .ann file by kind (T, R, E, A, M, N, #, *), each with the ids it names replaced
// by what they stand for, so two files compare line for line "ids aside". Trailing spaces and tabs
// of R and E lines (brat writes some) do not count.
QMap<QChar, QStringList> bratLinesByKind(const QString& annPath)
{
    QHash<QString, QString> lineOf;
    const QStringList raw = QString::fromUtf8(test::readFile(annPath)).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : raw) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            lineOf.insert(line.left(tab), line.mid(tab + 1));
    }
    QHash<QString, QString> meaning;
    std::function<QString(const QString&)> mean = [&](const QString& id) -> QString {
        if (const auto it = meaning.constFind(id); it != meaning.cend())
            return *it;
        meaning.insert(id, QStringLiteral("(cycle)"));
        QString text = lineOf.value(id);
        if (id.startsWith(u'E') || id.startsWith(u'R')) {
            QStringList parts = text.trimmed().split(u' ', Qt::SkipEmptyParts);
            for (QString& part : parts) {
                const qsizetype colon = part.indexOf(u':');
                if (colon > 0 && lineOf.contains(part.mid(colon + 1)))
                    part = part.left(colon + 1) + u'[' + mean(part.mid(colon + 1)) + u']';
            }
            text = parts.join(u' ');
        }
        const QString result = id.left(1) + u'{' + text + u'}';
        meaning.insert(id, result);
        return result;
    };
    QMap<QChar, QStringList> byKind;
    for (const QString& line : raw) {
        if (line.trimmed().isEmpty())
            continue;
        const QChar kind = line.front();
        QStringList fields = line.split(u'\t');
        QString content;
        if (kind == u'T' || kind == u'R' || kind == u'E') {
            content = mean(fields.at(0));
        } else {
            // A, M, N, # and *: the ids in the second field stand for what they name.
            QStringList head = fields.value(1).split(u' ', Qt::SkipEmptyParts);
            for (QString& part : head) {
                if (lineOf.contains(part))
                    part = mean(part);
            }
            content = head.join(u' ') + u'\t' + fields.mid(2).join(u'\t');
        }
        byKind[kind].append(content);
    }
    for (QStringList& lines : byKind)
        lines.sort();
    return byKind;
}

QList<QStringList> conllSentences(const QString& path)
{
    QList<QStringList> sentences;
    QStringList current;
    for (const QString& line : QString::fromUtf8(test::readFile(path)).split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                sentences.append(current);
            current.clear();
        } else {
            current.append(line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).join(u' '));
        }
    }
    if (!current.isEmpty())
        sentences.append(current);
    return sentences;
}

} // namespace

class TestFormatConformance : public QObject
{
    Q_OBJECT

private slots:
    void w3cExport_meetsTheMustAssertionsOfTheTestSuite()
    {
        const QString suite = test::sharedPath(QStringLiteral("corpora/w3c-web-annotation-tests/"));
        test::JsonSchemaValidator validator;
        validator.addFolder(suite);

        // The validator can say no: an empty object is no annotation.
        QString why;
        QVERIFY(!validator.validate(QJsonObject{}, QStringLiteral("3.1-targetKeyFound.json"), &why));
        const QJsonObject sample =
            QJsonDocument::fromJson(test::readFile(suite + QStringLiteral("tools/samples/correct/anno1.json")))
                .object();
        for (const QString& assertion : assertions(suite + QStringLiteral("annotations/annotationMusts.test")))
            QVERIFY2(validator.validate(sample, assertion, &why), qPrintable(assertion + u": " + why));

        test::TempLibrary temp;
        ImportService importer(*temp.library);
        const qint64 article =
            importer.importFile(test::dataPath(QStringLiteral("formats/emoji-article.txt")), {}).added.first();
        AnnotationService annotations(*temp.library);
        const QString body = temp.library->articles().article(article)->body;
        const qsizetype doha = body.indexOf(QStringLiteral("الدوحة"));
        QVERIFY(
            annotations.create({article, AnnotationKind::Entity, doha, doha + 6, 3, {}, QStringLiteral("عاصمة قطر")}));
        QVERIFY(annotations.create({article, AnnotationKind::Highlight, 0, 7, 0, QStringLiteral("orange"), {}}));
        QVERIFY(annotations.create(
            {article, AnnotationKind::Note, doha, doha + 6, 0, {}, QStringLiteral("a note in English")}));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("w3c.json"));
        QVERIFY(ExportService(*temp.library).exportTo(ExportFormat::W3c, {}, out));
        const QJsonObject collection = QJsonDocument::fromJson(test::readFile(out)).object();
        const QJsonObject page = collection.value(u"first").toObject();
        QCOMPARE(page.value(u"items").toArray().size(), 3);

        for (const QString& assertion : assertions(suite + QStringLiteral("collections/collectionMusts.test")))
            QVERIFY2(validator.validate(collection, assertion, &why), qPrintable(assertion + u": " + why));
        QJsonObject standalonePage = page;
        standalonePage.insert(QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        for (const QString& assertion : assertions(suite + QStringLiteral("collections/pages/pageMusts.test")))
            QVERIFY2(validator.validate(standalonePage, assertion, &why), qPrintable(assertion + u": " + why));
        for (const auto& item : page.value(u"items").toArray()) {
            for (const QString& assertion : assertions(suite + QStringLiteral("annotations/annotationMusts.test")))
                QVERIFY2(validator.validate(item, assertion, &why), qPrintable(assertion + u": " + why));
        }
    }

    // Every .ann file of brat's example data comes back with the same lines of each kind (T, R, E,
    // A, M, N, # and *), ids aside, and the same text; the annotation.conf beside it is read into
    // the schema first.
    void bratExampleData_roundTripsEveryLineByKind()
    {
        const QString data = test::sharedPath(QStringLiteral("corpora/brat-example-data/example-data"));
        const QStringList files = AnnotationImportService::expandPaths(AnnotationFormat::Brat, {data});
        QCOMPARE(files.size(), 172);
        QMap<QChar, int> compared;
        for (const QString& ann : files) {
            // Each document in a library of its own, so documents with the same text stay apart.
            test::TempLibrary temp;
            AnnotationService annotations(*temp.library);
            const AnnotationImportReport report =
                AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::Brat, ann);
            QVERIFY2(report.succeeded(), qPrintable(report.error));
            QVERIFY2(report.problems.isEmpty(), qPrintable(ann + u": " + report.problems.join(u'\n')));
            QVERIFY(report.unsupported.isEmpty());
            QTemporaryDir out;
            const Result<ExportSummary> summary =
                ExportService(*temp.library).exportTo(ExportFormat::Brat, {}, out.path());
            QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
            const QString exported = out.filePath(QStringLiteral("article-00001.ann"));
            const QMap<QChar, QStringList> original = bratLinesByKind(ann);
            const QMap<QChar, QStringList> written = bratLinesByKind(exported);
            for (auto it = original.cbegin(); it != original.cend(); ++it) {
                QVERIFY2(written.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1, %2 lines:\n  read:    %3\n  written: %4")
                                        .arg(ann, it.key(), it.value().join(QStringLiteral("\n           ")),
                                             written.value(it.key()).join(QStringLiteral("\n           ")))));
                compared[it.key()] += int(it.value().size());
            }
            QCOMPARE(written.keys(), original.keys());
            QCOMPARE(test::readFile(out.filePath(QStringLiteral("article-00001.txt"))),
                     test::readFile(ann.chopped(4) + QStringLiteral(".txt")));
        }
        // The counts the corpus's SOURCE.md gives.
        QCOMPARE(compared.value(u'T'), 9664);
        QCOMPARE(compared.value(u'R'), 5786);
        QCOMPARE(compared.value(u'E'), 700);
        QCOMPARE(compared.value(u'A'), 3752);
        QCOMPARE(compared.value(u'M'), 50);
        QCOMPARE(compared.value(u'N'), 1);
        QCOMPARE(compared.value(u'#'), 1173);
        QCOMPARE(compared.value(u'*'), 92);
    }

    void bratImport_keepsRelationsEventsAttributesAndReferences()
    {
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations)
                .importFile(AnnotationFormat::Brat,
                            test::sharedPath(QStringLiteral(
                                "corpora/brat-example-data/example-data/tutorials/news/000-introduction.ann")));
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY(report.unsupported.isEmpty());
        QCOMPARE(report.relationsAdded, 2);
        QCOMPARE(report.eventsAdded, 1);
        // The annotation.conf beside it declared the relation types, with their ends.
        QVERIFY(report.relationTypesCreated.isEmpty());
        QVERIFY(report.schemaChanges.contains(QStringLiteral("added relation type Origin")));
        const QList<Annotation> all = *temp.library->annotations().forArticle(0);
        int withAttributes = 0, withReferences = 0;
        for (const Annotation& a : all) {
            withAttributes += !a.attributes.isEmpty();
            withReferences += !a.references.isEmpty();
        }
        QVERIFY(withAttributes > 0);
        QCOMPARE(withReferences, 1);
        const auto reference =
            std::find_if(all.cbegin(), all.cend(), [](const Annotation& a) { return !a.references.isEmpty(); });
        QCOMPARE(reference->references.first().resource, QStringLiteral("Wikipedia"));
        QCOMPARE(reference->references.first().identifier, QStringLiteral("64488"));
        QCOMPARE(reference->references.first().label, QStringLiteral("Carlos Salinas de Gortari"));
        // Written back, the trigger's type is declared among the events and not the entities.
        QTemporaryDir out;
        QVERIFY(ExportService(*temp.library).exportTo(ExportFormat::Brat, {}, out.path()));
        const QString conf = QString::fromUtf8(test::readFile(out.filePath(QStringLiteral("annotation.conf"))));
        const auto section = [&](const QString& name) {
            const qsizetype from = conf.indexOf(u'[' + name + u']');
            const qsizetype to = conf.indexOf(u'[', from + 1);
            return conf.mid(from, to < 0 ? -1 : to - from).split(u'\n');
        };
        const auto declares = [](const QStringList& lines, const QString& type) {
            return std::any_of(lines.cbegin(), lines.cend(),
                               [&](const QString& line) { return line.section(u'\t', 0, 0) == type; });
        };
        QVERIFY2(declares(section(QStringLiteral("events")), QStringLiteral("Transfer-money")), qPrintable(conf));
        QVERIFY2(!declares(section(QStringLiteral("entities")), QStringLiteral("Transfer-money")), qPrintable(conf));
        QVERIFY2(declares(section(QStringLiteral("entities")), QStringLiteral("Person")), qPrintable(conf));
    }

    void anercorp_roundTripsEveryTokenTagAndSentence()
    {
        const QString path =
            test::sharedPath(QStringLiteral("corpora/anercorp/ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"));
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::Conll, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.conll"));
        QVERIFY(ExportService(*temp.library).exportTo(ExportFormat::Conll, {}, out));
        const QList<QStringList> original = conllSentences(path);
        const QList<QStringList> exported = conllSentences(out);
        QCOMPARE(exported.size(), original.size());
        QCOMPARE(exported, original);

        // With a mapping both ways the file still comes back the same.
        test::TempLibrary mapped;
        AnnotationService mappedAnnotations(*mapped.library);
        QVERIFY(AnnotationImportService(*mapped.library, mappedAnnotations)
                    .importFile(AnnotationFormat::Conll, path,
                                AnnotationImportOptions{{{QStringLiteral("PERS"), QStringLiteral("PER")}}})
                    .succeeded());
        ExportOptions options;
        options.typeMapping = {{QStringLiteral("PER"), QStringLiteral("PERS")}};
        QVERIFY(ExportService(*mapped.library).exportTo(ExportFormat::Conll, {}, out, options));
        QCOMPARE(conllSentences(out), original);
    }

    // Wojood's nested tags (`الأسد I-ORG B-PERS`) come in whole and go out the same with --nested;
    // a plain export keeps the outermost entity of each token and says how many it left out.
    void wojoodSample_roundTripsEveryTokensSetOfTags_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file : {"train.txt", "val.txt", "test.txt"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void wojoodSample_roundTripsEveryTokensSetOfTags()
    {
        QFETCH(QString, file);
        const QString path = test::sharedPath(QStringLiteral("corpora/wojood-sample/data/") + file);
        // Entities the file opens, counted independently: every B- tag, and an I- tag of a type the
        // token before did not carry.
        int opened = 0;
        QStringList previous;
        for (const QString& line : QString::fromUtf8(test::readFile(path)).split(u'\n')) {
            const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QStringList types;
            for (const QString& tag : columns.mid(1)) {
                if (tag == u"O")
                    continue;
                if (tag.startsWith(u'B') || !previous.contains(tag.mid(2)))
                    ++opened;
                types.append(tag.mid(2));
            }
            previous = types;
        }
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::Conll, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.annotationsAdded, opened);

        QTemporaryDir dir;
        const QString nested = dir.filePath(QStringLiteral("nested.conll"));
        ExportOptions options;
        options.conllNested = true;
        const Result<ExportSummary> written =
            ExportService(*temp.library).exportTo(ExportFormat::Conll, {}, nested, options);
        QVERIFY(written);
        QVERIFY(!written->leftOut.contains(ExportSummary::nestedEntities()));
        const auto tokenTagSets = [](const QString& conll) {
            QList<QStringList> tokens;
            for (const QStringList& sentence : conllSentences(conll)) {
                for (const QString& token : sentence) {
                    QStringList columns = token.split(u' ');
                    QStringList tags = columns.mid(1);
                    tags.sort();
                    tokens.append(QStringList{columns.first()} + tags);
                }
            }
            return tokens;
        };
        const QList<QStringList> original = tokenTagSets(path);
        const QList<QStringList> roundTripped = tokenTagSets(nested);
        QCOMPARE(roundTripped.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i)
            QCOMPARE(roundTripped.at(i), original.at(i));
        QCOMPARE(conllSentences(nested).size(), conllSentences(path).size());

        // Flat: one tag a token, and the nested entities counted, never dropped silently.
        const QString flat = dir.filePath(QStringLiteral("flat.conll"));
        const Result<ExportSummary> flattened = ExportService(*temp.library).exportTo(ExportFormat::Conll, {}, flat);
        QVERIFY(flattened);
        const int leftOut = flattened->leftOut.value(ExportSummary::nestedEntities());
        QVERIFY(leftOut > 0);
        QCOMPARE(flattened->annotations + leftOut, opened);
        for (const QStringList& sentence : conllSentences(flat)) {
            for (const QString& token : sentence)
                QCOMPARE(token.count(u' '), 1);
        }
    }

    // AQMAR's malformed tags refuse a file with the line named; --lenient reads them as O and
    // reports each, and a type that cannot be a name is never created.
    void aqmarMalformedTags_refuseTheFileOrAreReadAsOWhenLenient_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("IO") << QStringLiteral("Crusades.txt") << 2145
                            << QStringLiteral("'IO' is not an O, B- or I- tag");
        QTest::newRow("OO") << QStringLiteral("Football.txt") << 1855
                            << QStringLiteral("'OO' is not an O, B- or I- tag");
        QTest::newRow("I--ORG") << QStringLiteral("Enrico_Fermi.txt") << 2268
                                << QStringLiteral("'-ORG' is not a valid type name");
        QTest::newRow("MIS1`") << QStringLiteral("Summer_Olympics2004.txt") << 1110
                               << QStringLiteral("'MIS1`' is not a valid type name");
    }

    void aqmarMalformedTags_refuseTheFileOrAreReadAsOWhenLenient()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString path = test::sharedPath(QStringLiteral("corpora/aqmar/articles/") + file);
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        AnnotationImportService service(*temp.library, annotations);
        const AnnotationImportReport refused = service.importFile(AnnotationFormat::Conll, path);
        QVERIFY(!refused.succeeded());
        QVERIFY2(refused.error.contains(QStringLiteral("line %1: ").arg(line) + message), qPrintable(refused.error));
        QCOMPARE(temp.library->articles().count().value(), 0);

        const AnnotationImportReport lenient = service.importFile(AnnotationFormat::Conll, path, {{}, true});
        QVERIFY2(lenient.succeeded(), qPrintable(lenient.error));
        QVERIFY(lenient.annotationsAdded > 0);
        const QString expected = QStringLiteral("line %1: ").arg(line) + message;
        QVERIFY2(std::any_of(lenient.problems.cbegin(), lenient.problems.cend(),
                             [&](const QString& p) { return p.startsWith(expected) && p.endsWith(u"read as O"); }),
                 qPrintable(lenient.problems.join(u'\n')));
        for (const EntityType& type : *temp.library->annotations().entityTypes())
            QVERIFY2(SchemaService::isValidCode(type.code), qPrintable(type.code));
    }

    // Spec examples the importer refused: an IRI body, a position selector, text selectors inside
    // refinedBy; a CSS selector in the same file is reported and the others imported.
    void w3c_importsTheSpecsTextAnnotationsAndReportsTheOthers()
    {
        test::TempLibrary temp;
        const auto article = [&](const QString& url, const QString& body) {
            Article a;
            a.title = url;
            a.url = url;
            a.body = body;
            a.contentHash = contentHashOf(body);
            a.importedAt = test::fixedNow();
            QVERIFY(temp.library->articles().insert(a));
        };
        article(QStringLiteral("http://example.org/page1"),
                QStringLiteral("Here this is an anotation that has some text before the Selected Text and text after "
                               "it."));
        article(QStringLiteral("http://example.org/ebook1"), QString(900, u'ب'));
        article(QStringLiteral("http://example.com/document1"), QStringLiteral("Hello I really love this bit of XML."));
        const QString examples =
            test::sharedPath(QStringLiteral("corpora/w3c-web-annotation-model-examples/model/wd2/examples/correct/"));
        QJsonArray all;
        for (const char* name : {"anno21", "anno23", "anno24", "anno29", "anno38"})
            all.append(QJsonDocument::fromJson(test::readFile(examples + QLatin1String(name) + QStringLiteral(".json")))
                           .object());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("examples.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(all).toJson());
        file.close();
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::W3c, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY2(report.unplaced.isEmpty(), qPrintable(report.unplaced.join(u'\n')));
        QCOMPARE(report.annotationsAdded, 4);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("annotation 1 selects no text (it has CssSelector")),
                 qPrintable(report.problems.first()));
        const QList<Annotation> placed = *temp.library->annotations().forArticle(0);
        QStringList quotes;
        for (const Annotation& a : placed)
            quotes.append(a.quote.left(13) + u'|' + a.note);
        quotes.sort();
        QCOMPARE(quotes, QStringList({QStringLiteral("I really love|I really love this particular bit of text in this "
                                                     "XML. No really."),
                                      QStringLiteral("Selected Text|http://example.org/comment1"),
                                      QStringLiteral("anotation|http://example.org/comment1"),
                                      QString(13, u'ب') + QStringLiteral("|http://example.org/review1")}));
    }
};

QTEST_GUILESS_MAIN(TestFormatConformance)
#include "tst_formatconformance.moc"
