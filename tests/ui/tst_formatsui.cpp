#include "annotations/annotationservice.h"
#include "formats/exportdialog.h"
#include "formats/formatscontroller.h"
#include "import/importservice.h"
#include "jobs/jobrunner.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hamish;

class TestFormatsUi : public QObject
{
    Q_OBJECT

private slots:
    void exportDialog_offersFormatScopeAndDestination()
    {
        ExportDialog dialog(7);
        QCOMPARE(dialog.formatBox()->count(), 7);
        QCOMPARE(dialog.articles(), QList<qint64>{7});
        QVERIFY(dialog.destinationField()->text().endsWith(QStringLiteral(".json")));
        dialog.formatBox()->setCurrentIndex(int(ExportFormat::Brat));
        QCOMPARE(dialog.format(), ExportFormat::Brat);
        QVERIFY(dialog.destinationField()->text().endsWith(QStringLiteral("hamish-brat")));
        dialog.libraryScope()->setChecked(true);
        QVERIFY(dialog.articles().isEmpty());

        ExportDialog noArticle(0);
        QVERIFY(noArticle.articles().isEmpty());

        ExportDialog selection(3, {3, 5, 9});
        QVERIFY(selection.selectionScope()->isChecked());
        QCOMPARE(selection.articles(), (QList<qint64>{3, 5, 9}));
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
        FormatsController controller(*target.library, annotations, jobs, &window);
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
