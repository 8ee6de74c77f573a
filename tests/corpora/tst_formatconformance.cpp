#include "annotations/annotationservice.h"
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

// T lines as "TYPE START END TEXT" and # lines as "KIND (target TYPE START END) TEXT", ids aside.
QStringList bratLines(const QString& annPath)
{
    QHash<QString, QString> spans;
    QStringList lines, notes;
    const QStringList raw = QString::fromUtf8(test::readFile(annPath)).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : raw) {
        const QStringList f = line.split(u'\t');
        if (line.startsWith(u'T')) {
            spans.insert(f.at(0), f.at(1));
            lines.append(f.at(1) + u'\t' + f.mid(2).join(u'\t'));
        }
    }
    for (const QString& line : raw) {
        const QStringList f = line.split(u'\t');
        if (line.startsWith(u'#')) {
            const QStringList head = f.at(1).split(u' ');
            if (spans.contains(head.value(1)))
                notes.append(head.at(0) + u'(' + spans.value(head.at(1)) + u")\t" + f.mid(2).join(u'\t'));
        }
    }
    lines.sort();
    notes.sort();
    return lines + notes;
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

    void bratExampleData_roundTripsItsTAndNoteLines()
    {
        const QString data = test::sharedPath(QStringLiteral("corpora/brat-example-data/example-data"));
        const QStringList files = AnnotationImportService::expandPaths(AnnotationFormat::Brat, {data});
        QVERIFY(files.size() > 150);
        int compared = 0;
        for (const QString& ann : files) {
            // Each document in a library of its own, so documents with the same text stay apart.
            test::TempLibrary temp;
            AnnotationService annotations(*temp.library);
            const AnnotationImportReport report =
                AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::Brat, ann);
            QVERIFY2(report.succeeded(), qPrintable(report.error));
            const QStringList original = bratLines(ann);
            if (original.isEmpty())
                continue;
            QTemporaryDir out;
            QVERIFY(ExportService(*temp.library).exportTo(ExportFormat::Brat, {}, out.path()));
            const QString exported = out.filePath(QStringLiteral("article-00001.ann"));
            QCOMPARE(bratLines(exported), original);
            QCOMPARE(test::readFile(out.filePath(QStringLiteral("article-00001.txt"))),
                     test::readFile(ann.chopped(4) + QStringLiteral(".txt")));
            ++compared;
        }
        QVERIFY(compared > 100);
    }

    void bratImport_reportsWhatItDoesNotModel()
    {
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations)
                .importFile(AnnotationFormat::Brat,
                            test::sharedPath(QStringLiteral(
                                "corpora/brat-example-data/example-data/tutorials/news/000-introduction.ann")));
        QVERIFY(report.succeeded());
        QCOMPARE(report.unsupported.value(QStringLiteral("R lines")), 2);
        QCOMPARE(report.unsupported.value(QStringLiteral("E lines")), 1);
        QCOMPARE(report.unsupported.value(QStringLiteral("A lines")), 5);
        QCOMPARE(report.unsupported.value(QStringLiteral("N lines")), 1);
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
                    .importFile(AnnotationFormat::Conll, path, {{QStringLiteral("PERS"), QStringLiteral("PER")}})
                    .succeeded());
        ExportOptions options;
        options.typeMapping = {{QStringLiteral("PER"), QStringLiteral("PERS")}};
        QVERIFY(ExportService(*mapped.library).exportTo(ExportFormat::Conll, {}, out, options));
        QCOMPARE(conllSentences(out), original);
    }
};

QTEST_GUILESS_MAIN(TestFormatConformance)
#include "tst_formatconformance.moc"
