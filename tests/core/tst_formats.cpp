#include "annotations/annotationservice.h"
#include "formats/annotationimportservice.h"
#include "formats/exportbundle.h"
#include "formats/exportservice.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hamish;

namespace {

// formats/emoji-article.txt begins with 👨🏻‍🚒 (4 code points, 7 UTF-16 units), so every
// offset after it differs by 3 between the two units.
struct Fixture
{
    test::TempLibrary temp;
    AnnotationService annotations{*temp.library};
    QTemporaryDir out;
    qint64 article = 0;
    QString body;
    qsizetype doha = 0; // UTF-16

    Fixture()
    {
        annotations.setAuthor(QStringLiteral("=cmd|' /C calc'!A0"));
        article = ImportService(*temp.library)
                      .importFile(test::dataPath(QStringLiteral("formats/emoji-article.txt")), {})
                      .added.first();
        body = temp.library->articles().article(article)->body;
        doha = body.indexOf(QStringLiteral("الدوحة"));
        annotations
            .create(
                {article, AnnotationKind::Entity, doha, doha + 6, 3, {}, QStringLiteral("<script>alert(1)</script>")})
            .value();
        const qsizetype bbc = body.indexOf(QStringLiteral("BBC"));
        annotations
            .create({article, AnnotationKind::Highlight, bbc, bbc + 3, 0, QStringLiteral("green"),
                     QStringLiteral("+SUM(A1) <img src=x onerror=alert(1)>")})
            .value();
        temp.library->database()
            .exec(QStringLiteral("UPDATE article SET title = '<img src=x onerror=alert(2)>'"))
            .value();
    }

    QString exported(ExportFormat format)
    {
        const QString path = out.filePath(QStringLiteral("export.") + exportFormatSuffix(format));
        const auto ok = ExportService(*temp.library).exportTo(format, {}, path);
        if (!ok)
            qFatal("%s", qPrintable(ok.error()));
        return QString::fromUtf8(test::readFile(path));
    }

    int count() { return int(annotations.annotations(0)->size()); }
};

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void exportDocument_countsCodePointsAcrossItsIndexBlocks()
    {
        // Pairs outside the BMP on both sides of the 64-unit block edges, and at the very end.
        QString body;
        for (int i = 0; i < 300; ++i)
            body += (i % 7 == 0) ? QStringLiteral("𐤀") : QStringLiteral("ب");
        body += QStringLiteral("😀");
        ExportDocument document;
        document.article.body = body;
        document.indexCodePoints();
        for (qsizetype utf16 = 0; utf16 <= body.size(); ++utf16) {
            if (utf16 > 0 && utf16 < body.size() && body.at(utf16).isLowSurrogate())
                continue; // never an annotation edge
            QCOMPARE(document.codePoint(utf16), qsizetype(body.left(utf16).toUcs4().size()));
        }
    }

    void offsets_countCodePointsAfterAnEmoji()
    {
        Fixture f;
        const qsizetype cp = f.doha - 3; // the emoji is 7 units and 4 code points
        const QJsonObject w3c = QJsonDocument::fromJson(f.exported(ExportFormat::W3c).toUtf8()).object();
        const QJsonArray items = w3c.value(u"first").toObject().value(u"items").toArray();
        const QJsonObject entity = items.at(0).toObject(); // text order: الدوحة comes before BBC
        QCOMPARE(entity.value(u"motivation").toString(), QStringLiteral("tagging"));
        const QJsonArray selectors = entity.value(u"target").toObject().value(u"selector").toArray();
        QCOMPARE(selectors.at(1).toObject().value(u"start").toInteger(), cp);
        QCOMPARE(selectors.at(1).toObject().value(u"end").toInteger(), cp + 6);
        QCOMPARE(selectors.at(0).toObject().value(u"exact").toString(), QStringLiteral("الدوحة"));

        const QString jsonl = f.exported(ExportFormat::Jsonl);
        const QJsonObject line = QJsonDocument::fromJson(jsonl.section(u'\n', 0, 0).toUtf8()).object();
        QCOMPARE(line.value(u"offset_unit").toString(), QStringLiteral("codepoint"));
        QCOMPARE(line.value(u"label").toArray().first().toArray(), (QJsonArray{cp, cp + 6, QStringLiteral("LOC")}));

        const QString csv = f.exported(ExportFormat::Csv);
        QVERIFY(csv.contains(QStringLiteral(",%1,%2,الدوحة,").arg(cp).arg(cp + 6)));

        QTemporaryDir brat;
        QVERIFY(ExportService(*f.temp.library).exportTo(ExportFormat::Brat, {}, brat.path()));
        const QString ann = QString::fromUtf8(test::readFile(brat.filePath(QStringLiteral("article-00001.ann"))));
        QVERIFY2(ann.contains(QStringLiteral("LOC %1 %2\tالدوحة").arg(cp).arg(cp + 6)), qPrintable(ann));
        QVERIFY(QString::fromUtf8(test::readFile(brat.filePath(QStringLiteral("annotation.conf"))))
                    .contains(QStringLiteral("code points")));
    }

    void exports_readArticlesAFewAtATime_inTheOrderAskedForAndWithEveryLayer()
    {
        // More articles than one read takes (idlist::Size), asked for out of order, each with a
        // tag by two annotators: every chunk must bring each article its own annotations.
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        QList<qint64> ids;
        for (int i = 0; i < 150; ++i) {
            Article a;
            a.title = QStringLiteral("خبر %1").arg(i);
            a.body = QStringLiteral("زار الوفد مدينة %1 أمس").arg(i);
            a.importedAt = test::fixedNow();
            ids.append(temp.library->articles().insert(a).value());
            for (const QString& who : {QStringLiteral("reem"), QStringLiteral("omar")}) {
                annotations.setAuthor(who);
                annotations.create({ids.last(), AnnotationKind::Entity, 4, 9, 3, {}, {}}).value();
            }
        }
        std::reverse(ids.begin(), ids.end());
        const QList<qint64> asked = ids.mid(0, 100) + QList<qint64>{ids.at(120)};
        const QList<ExportDocument> read = loadExportBundle(*temp.library, asked)->documents.toList();
        QCOMPARE(read.size(), asked.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read.at(i).article.id, asked.at(i));
            QCOMPARE(read.at(i).annotations.size(), 2);
            for (const Annotation& a : read.at(i).annotations)
                QCOMPARE(a.articleId, asked.at(i));
            QCOMPARE(read.at(i).article.body.mid(4, 5), QStringLiteral("الوفد"));
        }

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("asked.conll"));
        QVERIFY(ExportService(*temp.library).exportTo(ExportFormat::Conll, asked, path));
        for (const QString& who : {QStringLiteral("reem"), QStringLiteral("omar")}) {
            QFile file(ExportService::layerPath(ExportFormat::Conll, path, who));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            QCOMPARE(text.count(QStringLiteral("-DOCSTART-")), asked.size());
            QCOMPARE(text.count(QStringLiteral("الوفد B-")), asked.size());
        }
    }

    void exports_readingFewerBodies_writeWhatTheWholeBundleGives()
    {
        Fixture f;
        // A second article without annotations, whose body W3C, CSV and the reports do not read.
        QVERIFY(ImportService(*f.temp.library)
                    .importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {})
                    .succeeded());
        // And a third, annotated, with nothing beyond the BMP: CSV need not read its body either.
        const ExportDocument third = loadExportBundle(*f.temp.library, {}).value().documents.toList().at(2);
        const qsizetype word = third.article.body.indexOf(u' ') + 1;
        QVERIFY(f.annotations.create({third.article.id, AnnotationKind::Entity, word, word + 3, 3, {}, {}}));
        const ExportBundle whole = loadExportBundle(*f.temp.library, {}).value();
        QCOMPARE(whole.documents.size(), 3);
        const QList<ExportDocument> annotated =
            loadExportBundle(*f.temp.library, {}, ExportBodies::Annotated)->documents.toList();
        QCOMPARE(annotated.at(0).article.body, f.body);
        QVERIFY(annotated.at(1).article.body.isEmpty());
        QCOMPARE(annotated.at(1).article.title, whole.documents.toList().at(1).article.title);
        QCOMPARE(annotated.at(2).article.body, third.article.body);
        const QList<ExportDocument> forOffsets =
            loadExportBundle(*f.temp.library, {}, ExportBodies::ForOffsets)->documents.toList();
        QCOMPARE(forOffsets.at(0).article.body, f.body); // 👨🏻‍🚒: code points differ from UTF-16 units
        QVERIFY(forOffsets.at(2).article.body.isEmpty());
        QCOMPARE(forOffsets.at(2).codePoint(word), word);
        QCOMPARE(forOffsets.at(0).codePoint(f.doha), f.doha - 3);
        QCOMPARE(loadExportBundle(*f.temp.library, {}, ExportBodies::None)->documents.toList().at(0).article.body,
                 QString());

        const auto written = [&](ExportFormat format) {
            f.exported(format);
            return test::readFile(f.out.filePath(QStringLiteral("export.") + exportFormatSuffix(format)));
        };
        const auto bytesOf = [&](void (*writer)(const ExportBundle&, QIODevice&, ExportSummary&)) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ExportSummary summary;
            writer(whole, buffer, summary);
            return buffer.data();
        };
        QCOMPARE(written(ExportFormat::Csv), bytesOf(writeCsv));
        QCOMPARE(written(ExportFormat::Markdown), bytesOf(writeMarkdown));
        QCOMPARE(written(ExportFormat::Html), bytesOf(writeHtml));
        // W3C names its collection by the time of the export.
        static const QRegularExpression exportTime(QStringLiteral("urn:hamish:export:[0-9]+"));
        const auto timeless = [](const QByteArray& json) {
            return QString::fromUtf8(json).replace(exportTime, QStringLiteral("urn:hamish:export:T"));
        };
        QCOMPARE(timeless(written(ExportFormat::W3c)), timeless(bytesOf(writeW3c)));
    }

    void csv_hasABomAndNeutralisesFormulas()
    {
        Fixture f;
        const QByteArray csv = f.exported(ExportFormat::Csv).toUtf8();
        const QByteArray raw = test::readFile(f.out.filePath(QStringLiteral("export.csv")));
        QVERIFY(raw.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("'=cmd|' /C calc'!A0"));
        QVERIFY(csv.contains("'+SUM(A1)"));
        QVERIFY(!csv.contains(",=cmd"));
        QCOMPARE(neutraliseFormula(QStringLiteral("-1")), QStringLiteral("'-1"));
        QCOMPARE(neutraliseFormula(QStringLiteral("@x")), QStringLiteral("'@x"));
        QCOMPARE(neutraliseFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(neutraliseFormula(QStringLiteral("نص")), QStringLiteral("نص"));
    }

    void reports_escapeEveryUserText()
    {
        Fixture f;
        for (ExportFormat format : {ExportFormat::Html, ExportFormat::Markdown}) {
            const QString report = f.exported(format);
            QVERIFY(!report.contains(QStringLiteral("<script>")));
            QVERIFY(!report.contains(QStringLiteral("<img")));
            QVERIFY(report.contains(QStringLiteral("&lt;script&gt;"))
                    || report.contains(QStringLiteral("&lt;script&gt;")));
            QVERIFY(report.contains(QStringLiteral("dir=\"rtl\"")));
        }
        // One backslash before Markdown's punctuation: "\\_" would show a backslash and start italics.
        const QString markdown = f.exported(ExportFormat::Markdown);
        QVERIFY(markdown.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!markdown.contains(QStringLiteral("\\\\")));
        QVERIFY(markdown.contains(QStringLiteral("alert\\(1\\)")));
    }

    void jsonlAndBrat_roundTripIntoAFreshLibrary()
    {
        Fixture f;
        for (ExportFormat format : {ExportFormat::Jsonl, ExportFormat::Brat}) {
            QString path = f.out.filePath(QStringLiteral("trip"));
            if (format == ExportFormat::Jsonl)
                path += QStringLiteral(".jsonl");
            QVERIFY(ExportService(*f.temp.library).exportTo(format, {}, path));
            test::TempLibrary fresh;
            AnnotationService annotations(*fresh.library);
            const AnnotationImportReport report =
                AnnotationImportService(*fresh.library, annotations)
                    .importFile(format == ExportFormat::Jsonl ? AnnotationFormat::Jsonl : AnnotationFormat::Brat,
                                format == ExportFormat::Jsonl ? path : path + QStringLiteral("/article-00001.ann"));
            QVERIFY2(report.succeeded(), qPrintable(report.error));
            QCOMPARE(report.articlesCreated, 1);
            const QList<Annotation> before = f.annotations.annotations(0).value();
            const QList<Annotation> after = annotations.annotations(0).value();
            QCOMPARE(after.size(), before.size());
            for (qsizetype i = 0; i < before.size(); ++i) {
                QCOMPARE(after.at(i).start, before.at(i).start);
                QCOMPARE(after.at(i).end, before.at(i).end);
                QCOMPARE(after.at(i).kind, before.at(i).kind);
                QCOMPARE(after.at(i).colour, before.at(i).colour);
                QCOMPARE(after.at(i).note, before.at(i).note);
            }
            if (format == ExportFormat::Jsonl) {
                QCOMPARE(after.first().author, before.first().author);
                QCOMPARE(after.first().created, before.first().created);
            }
        }
    }

    void w3c_importBack_reanchorsMovedQuotes_andReportsUnplaced()
    {
        Fixture f;
        const QString path = f.out.filePath(QStringLiteral("w3c.json"));
        QVERIFY(ExportService(*f.temp.library).exportTo(ExportFormat::W3c, {}, path));
        // Into the same library: everything is already there.
        AnnotationImportService service(*f.temp.library, f.annotations);
        AnnotationImportReport again = service.importFile(AnnotationFormat::W3c, path);
        QVERIFY2(again.succeeded(), qPrintable(again.error));
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(again.annotationsAdded, 0);

        // Positions that disagree with the quote are repaired from prefix and suffix; a quote
        // that is nowhere is reported, not guessed.
        QJsonObject collection = QJsonDocument::fromJson(test::readFile(path)).object();
        QJsonObject page = collection.value(u"first").toObject();
        QJsonArray items = page.value(u"items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            QJsonObject target = item.value(u"target").toObject();
            QJsonArray selectors = target.value(u"selector").toArray();
            QJsonObject position = selectors.at(1).toObject();
            position.insert(QStringLiteral("start"), 0);
            position.insert(QStringLiteral("end"), 3);
            selectors.replace(1, position);
            if (i == 0) {
                QJsonObject quote = selectors.at(0).toObject();
                quote.insert(QStringLiteral("exact"), QStringLiteral("لا يوجد"));
                selectors.replace(0, quote);
            }
            target.insert(QStringLiteral("selector"), selectors);
            item.insert(QStringLiteral("target"), target);
            items.replace(i, item);
        }
        page.insert(QStringLiteral("items"), items);
        collection.insert(QStringLiteral("first"), page);
        QFile moved(f.out.filePath(QStringLiteral("moved.json")));
        QVERIFY(moved.open(QIODevice::WriteOnly));
        moved.write(QJsonDocument(collection).toJson());
        moved.close();
        f.annotations.remove({f.annotations.annotations(0)->at(1).id}).value();
        const AnnotationImportReport report = service.importFile(AnnotationFormat::W3c, moved.fileName());
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        // الدوحة (item 0) lost its quote: reported. BBC (item 1), removed above, comes back at
        // its real place although its position now says 0–3.
        QCOMPARE(report.unplaced.size(), 1);
        QVERIFY(report.unplaced.first().contains(QStringLiteral("لا يوجد")));
        QCOMPARE(report.annotationsAdded, 1);
        const QList<Annotation> all = f.annotations.annotations(0).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).quote, QStringLiteral("BBC"));
        QCOMPARE(all.at(1).start, f.body.indexOf(QStringLiteral("BBC")));
    }

    void badFiles_nameFileAndLine_andChangeNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("brat offsets past the end") << int(AnnotationFormat::Brat) << "formats/bad/short.ann"
                                                   << "short.ann: line 2";
        QTest::newRow("conll wrong columns") << int(AnnotationFormat::Conll) << "formats/bad/columns.conll"
                                             << "columns.conll: line 2";
        QTest::newRow("jsonl malformed") << int(AnnotationFormat::Jsonl) << "formats/bad/broken.jsonl"
                                         << "broken.jsonl: line 2";
        QTest::newRow("w3c not json") << int(AnnotationFormat::W3c) << "formats/bad/broken.jsonl"
                                      << "broken.jsonl: line 2";
    }

    void badFiles_nameFileAndLine_andChangeNothing()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        QFETCH(QString, message);
        Fixture f;
        const int before = f.count();
        const qint64 articles = f.temp.library->articles().count().value();
        const AnnotationImportReport report = AnnotationImportService(*f.temp.library, f.annotations)
                                                  .importFile(AnnotationFormat(format), test::dataPath(file));
        QVERIFY(!report.succeeded());
        QVERIFY2(report.error.contains(message), qPrintable(report.error));
        QCOMPARE(f.count(), before);
        QCOMPARE(f.temp.library->articles().count().value(), articles);
    }

    void export_cancelled_writesNothing()
    {
        Fixture f;
        const QString path = f.out.filePath(QStringLiteral("cancelled.json"));
        int calls = 0;
        JobControl control;
        control.progress = [&](qint64, qint64, const QString&) {
            ++calls;
            control.cancellation.cancel();
        };
        const auto ok = ExportService(*f.temp.library).exportTo(ExportFormat::W3c, {}, path, {}, control);
        QVERIFY(!ok);
        QVERIFY(calls > 0);
        QVERIFY(!QFile::exists(path));
    }

    void conll_severalArticles_separatedByDocstartWithoutATrailingBlankLine()
    {
        Fixture f;
        QVERIFY(ImportService(*f.temp.library)
                    .importFile(test::dataPath(QStringLiteral("import/multi-article.txt")), {})
                    .succeeded());
        const QString conll = f.exported(ExportFormat::Conll);
        QVERIFY(conll.startsWith(QStringLiteral("-DOCSTART- O\n\n")));
        QCOMPARE(conll.count(QStringLiteral("-DOCSTART- O\n\n")), 3);
        QVERIFY(conll.contains(QStringLiteral(" O\n\n-DOCSTART- O\n\n")));
        QVERIFY(!conll.contains(QStringLiteral("\n\n\n")));
        QVERIFY(conll.endsWith(QStringLiteral(" O\n")));
    }

    void brat_intoAnExistingFolder_replacesItsFilesOrLeavesThemWhenCancelled()
    {
        Fixture f;
        const QString folder = f.out.filePath(QStringLiteral("brat"));
        ExportService service(*f.temp.library);
        QVERIFY(service.exportTo(ExportFormat::Brat, {}, folder));
        const QString ann = QDir(folder).filePath(QStringLiteral("article-00001.ann"));
        const QByteArray before = test::readFile(ann);
        const qsizetype sham = f.body.indexOf(QStringLiteral("الدوحة"), f.doha + 1);
        QVERIFY(sham > 0);
        f.annotations.create({f.article, AnnotationKind::Entity, sham, sham + 6, 3, {}, {}}).value();

        JobControl cancelledBeforeStart;
        cancelledBeforeStart.cancellation.cancel();
        const auto cancelled = service.exportTo(ExportFormat::Brat, {}, folder, {}, cancelledBeforeStart);
        QVERIFY(!cancelled);
        QCOMPARE(test::readFile(ann), before);
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));

        QVERIFY(service.exportTo(ExportFormat::Brat, {}, folder));
        QVERIFY(test::readFile(ann) != before);
        QCOMPARE(test::readFile(ann).count('\n') - before.count('\n'), 1); // the new tag
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));
    }

    void conll_iob1AndUnknownTypes()
    {
        Fixture f;
        ExportOptions options;
        options.conllScheme = ConllScheme::IOB1;
        options.typeMapping = {{QStringLiteral("LOC"), QStringLiteral("GPE")}};
        const QString path = f.out.filePath(QStringLiteral("iob1.conll"));
        QVERIFY(ExportService(*f.temp.library).exportTo(ExportFormat::Conll, {}, path, options));
        const QString conll = QString::fromUtf8(test::readFile(path));
        QVERIFY(conll.contains(QStringLiteral("الدوحة I-GPE\n")));
        QVERIFY(conll.contains(QStringLiteral("👨🏻‍🚒 O\n")));
        QVERIFY(conll.contains(QStringLiteral("،")));

        test::TempLibrary fresh;
        AnnotationService annotations(*fresh.library);
        const AnnotationImportReport report =
            AnnotationImportService(*fresh.library, annotations).importFile(AnnotationFormat::Conll, path);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.typesCreated, QStringList{QStringLiteral("GPE")});
        // CoNLL carries entities only: the highlight stays behind.
        QCOMPARE(annotations.annotations(0)->size(), 1);
        QCOMPARE(annotations.annotations(0)->first().quote, QStringLiteral("الدوحة"));
    }

    // brat files with the same T span twice stored it twice.
    void brat_identicalSpansInOneFile_areStoredOnce()
    {
        QTemporaryDir dir;
        QFile txt(dir.filePath(QStringLiteral("doc.txt"))), ann(dir.filePath(QStringLiteral("doc.ann")));
        QVERIFY(txt.open(QIODevice::WriteOnly) && ann.open(QIODevice::WriteOnly));
        txt.write(QStringLiteral("زار الوزير الدوحة 😀 ثم الرياض.").toUtf8());
        // Offsets are code points: الرياض starts after the emoji at code point 23.
        ann.write(QStringLiteral("T1\tLOC 11 17\tالدوحة\nT2\tLOC 11 17\tالدوحة\nT3\tLOC 23 29\tالرياض\n"
                                 "T4\tPER 11 17\tالدوحة\n")
                      .toUtf8());
        txt.close();
        ann.close();
        test::TempLibrary temp;
        AnnotationService annotations(*temp.library);
        const AnnotationImportReport report =
            AnnotationImportService(*temp.library, annotations).importFile(AnnotationFormat::Brat, ann.fileName());
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.annotationsAdded, 3); // the same span as PER is another annotation
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(annotations.annotations(0)->size(), 3);
        QCOMPARE(annotations.annotations(0)->last().quote, QStringLiteral("الرياض"));
    }

    void typeMappings_areParsedOneWay_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two rules") << QStringList{QStringLiteral("PER=PERS"), QStringLiteral(" LOC = GPE ")} << true;
        QTest::newRow("no equals sign") << QStringList{QStringLiteral("PER")} << false;
        QTest::newRow("empty target") << QStringList{QStringLiteral("PER=")} << false;
        QTest::newRow("two equals signs") << QStringList{QStringLiteral("PER=A=B")} << false;
        QTest::newRow("mapped twice") << QStringList{QStringLiteral("PER=A"), QStringLiteral("PER=B")} << false;
    }

    void typeMappings_areParsedOneWay()
    {
        QFETCH(QStringList, rules);
        QFETCH(bool, valid);
        const Result<TypeMapping> mapping = TypeMappingParser::parse(rules);
        QCOMPARE(bool(mapping), valid);
        if (valid) {
            QCOMPARE(mapping->value(QStringLiteral("LOC")), QStringLiteral("GPE"));
            QCOMPARE(*TypeMappingParser::parseList(QStringLiteral("PER=PERS, LOC=GPE")), *mapping);
        }
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
