#include "formats/formatscontroller.h"

#include "formats/annotationimportservice.h"
#include "formats/exportdialog.h"
#include "formats/exportservice.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace hamish {

FormatsController::FormatsController(Library& library, AnnotationService& annotations, QWidget* window)
    : QObject(window)
    , m_library(library)
    , m_annotations(annotations)
    , m_window(window)
{
}

void FormatsController::exportAnnotations(qint64 currentArticle, const QList<qint64>& selected)
{
    ExportDialog dialog(currentArticle, selected, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status ok = ExportService(m_library).exportTo(dialog.format(), dialog.articles(), dialog.destination(),
                                                        dialog.options(), [&](int done, int total) {
                                                            progress.setMaximum(qMax(1, total));
                                                            progress.setValue(done);
                                                            QApplication::processEvents();
                                                            return !progress.wasCanceled();
                                                        });
    progress.reset();
    if (!ok)
        QMessageBox::warning(m_window, tr("Export Annotations"), ok.error());
    else
        QMessageBox::information(m_window, tr("Export Annotations"), tr("Written to %1").arg(dialog.destination()));
}

void FormatsController::importAnnotations()
{
    const QStringList formats{QStringLiteral("brat"), QStringLiteral("conll"), QStringLiteral("w3c"),
                              QStringLiteral("jsonl")};
    bool ok = false;
    const QString format =
        QInputDialog::getItem(m_window, tr("Import Annotations"), tr("Format:"), formats, 0, false, &ok);
    if (!ok)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Annotations"), QString(),
        tr("Annotation files (*.ann *.conll *.txt *.json *.jsonld *.jsonl);;All files (*)"));
    if (files.isEmpty())
        return;
    QStringList problems;
    const int added = importFiles(format, files, &problems);
    QMessageBox box(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import Annotations"),
                    tr("%n annotation(s) added.", nullptr, added), QMessageBox::Ok, m_window);
    if (!problems.isEmpty())
        box.setDetailedText(problems.join(u'\n'));
    box.exec();
}

int FormatsController::importFiles(const QString& formatName, const QStringList& paths, QStringList* problems)
{
    AnnotationFormat format;
    if (!annotationFormatFromName(formatName, format))
        return 0;
    const QStringList files = AnnotationImportService::expandPaths(format, paths);
    AnnotationImportService service(m_library, m_annotations);
    QProgressDialog progress(tr("Importing annotations…"), tr("Cancel"), 0, int(files.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    int added = 0;
    for (qsizetype i = 0; i < files.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(int(i));
        QApplication::processEvents();
        const AnnotationImportReport report = service.importFile(format, files.at(i));
        added += report.annotationsAdded;
        if (!problems)
            continue;
        if (!report.succeeded())
            problems->append(report.error);
        for (auto it = report.unsupported.cbegin(); it != report.unsupported.cend(); ++it)
            problems->append(
                tr("%1: %2 %3 not imported (not modelled)").arg(files.at(i)).arg(it.value()).arg(it.key()));
        for (const QString& unplaced : report.unplaced)
            problems->append(files.at(i) + QStringLiteral(": ") + unplaced);
    }
    return added;
}

} // namespace hamish
