#include "annotations/annotationservice.h"
#include "articles/collectionservice.h"
#include "formats/exportdialog.h"
#include "formats/formatscontroller.h"
#include "import/importservice.h"
#include "jobs/jobrunner.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

class TestFormatsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void exportDialog_offersFormatScopeAndDestination()
    {
        test::TempLibrary temp;
        CollectionService collections(*temp.library);
        ExportDialog dialog(7, {}, collections);
        QCOMPARE(dialog.formatBox()->count(), 7);
        QCOMPARE(dialog.articles(), QList<qint64>{7});
        QVERIFY(dialog.destinationField()->text().endsWith(QStringLiteral(".json")));
        dialog.formatBox()->setCurrentIndex(int(ExportFormat::Brat));
        QCOMPARE(dialog.format(), ExportFormat::Brat);
        QVERIFY(dialog.destinationField()->text().endsWith(QStringLiteral("hamish-brat")));
        dialog.libraryScope()->setChecked(true);
        QVERIFY(dialog.articles().isEmpty());

        ExportDialog noArticle(0, {}, collections);
        QVERIFY(noArticle.articles().isEmpty());

        ExportDialog selection(3, {3, 5, 9}, collections);
        QVERIFY(selection.selectionScope()->isChecked());
        QCOMPARE(selection.articles(), (QList<qint64>{3, 5, 9}));
        // No collection yet: that scope cannot be chosen.
        QVERIFY(!selection.collectionScope()->isEnabled());
    }

    // The dialog forgot its scope and format each time.
    void exportDialog_remembersTheLastFormatAndScope_andOffersCollections()
    {
        test::TempLibrary temp;
        CollectionService collections(*temp.library);
        const auto gulf = collections.create(QStringLiteral("الخليج"));
        QVERIFY(gulf);
        {
            ExportDialog first(7, {}, collections);
            QVERIFY(first.articleScope()->isChecked());
            first.formatBox()->setCurrentIndex(int(ExportFormat::Csv));
            first.collectionScope()->setChecked(true);
            QCOMPARE(first.options().scope.collectionId, gulf->id);
            QVERIFY(first.articles().isEmpty());
            first.accept();
        }
        ExportDialog again(7, {}, collections);
        QCOMPARE(again.format(), ExportFormat::Csv);
        QVERIFY(again.collectionScope()->isChecked());
        QCOMPARE(again.options().scope.collectionId, gulf->id);
        again.libraryScope()->setChecked(true);
        QCOMPARE(again.options().scope.collectionId, 0);
    }

    void exportDialog_refusesAMalformedTypeMapping()
    {
        test::TempLibrary temp;
        CollectionService collections(*temp.library);
        ExportDialog dialog(7, {}, collections);
        QVERIFY(dialog.exportButton()->isEnabled());
        dialog.mappingField()->setText(QStringLiteral("PER=PERS, LOC"));
        QVERIFY(!dialog.exportButton()->isEnabled());
        dialog.mappingField()->setText(QStringLiteral("PER=PERS, LOC=GPE"));
        QVERIFY(dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.options().typeMapping.value(QStringLiteral("LOC")), QStringLiteral("GPE"));
    }

    // Latin names inside the Arabic UI are isolated, so bidi cannot scramble them.
    void exportDialog_formatNamesAreIsolatedLeftToRight()
    {
        test::TempLibrary temp;
        CollectionService collections(*temp.library);
        ExportDialog dialog(7, {}, collections);
        const QString w3c = dialog.formatBox()->itemText(int(ExportFormat::W3c));
        QVERIFY2(w3c.contains(QChar(0x2066) + QStringLiteral("W3C Web Annotation (JSON-LD)") + QChar(0x2069)),
                 qPrintable(w3c));
    }

    void importFiles_addsAnnotationsFromAFolder()
    {
        test::TempLibrary source;
        AnnotationService sourceAnnotations(*source.library);
        const qint64 id = ImportService(*source.library)
                              .importFile(test::dataPath(QStringLiteral("formats/emoji-article.txt")), {})
                              .added.first();
        const QString body = source.library->articles().article(id)->body;
        const qsizetype at = body.indexOf(QStringLiteral("مسقط"));
        QVERIFY(sourceAnnotations.create({id, AnnotationKind::Entity, at, at + 4, 3, {}, {}}));
        QTemporaryDir folder;
        QVERIFY(ExportService(*source.library).exportTo(ExportFormat::Brat, {}, folder.path()));

        test::TempLibrary target;
        AnnotationService annotations(*target.library);
        QWidget window;
        JobRunner jobs(*target.library);
        CollectionService collections(*target.library);
        FormatsController controller(*target.library, annotations, collections, jobs, &window);
        QSignalSpy imported(&controller, &FormatsController::annotationsImported);
        controller.importFiles(QStringLiteral("brat"), {folder.path()});
        // The import runs on a worker thread; the window is free meanwhile.
        QVERIFY(jobs.isBusy());
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().at(0).toInt(), 1);
        QVERIFY(imported.first().at(1).toStringList().isEmpty());
        QCOMPARE(annotations.annotations(0)->first().quote, QStringLiteral("مسقط"));
    }
};

QTEST_MAIN(TestFormatsUi)
#include "tst_formatsui.moc"
