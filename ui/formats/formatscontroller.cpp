#include "formats/formatscontroller.h"

#include "annotations/annotationservice.h"
#include "formats/annotationimportservice.h"
#include "formats/exportdialog.h"
#include "formats/exportservice.h"
#include "jobs/jobrunner.h"
#include "storage/library.h"
#include "text/displaytext.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace hamish {

namespace {

void showMessage(QWidget* window, QMessageBox::Icon icon, const QString& title, const QString& text,
                 const QStringList& details = {})
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    box->open();
}

} // namespace

FormatsController::FormatsController(Library& library, AnnotationService& annotations, CollectionService& collections,
                                     JobRunner& jobs, QWidget* window)
    : QObject(window)
    , m_library(library)
    , m_collections(collections)
    , m_annotations(annotations)
    , m_jobs(jobs)
    , m_window(window)
{
}

void FormatsController::exportAnnotations(qint64 currentArticle, const QList<qint64>& selected)
{
    ExportDialog dialog(currentArticle, selected, m_collections, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startExport(dialog.format(), dialog.articles(), dialog.destination(), dialog.options());
}

void FormatsController::startExport(ExportFormat format, const QList<qint64>& articles, const QString& destination,
                                    const ExportOptions& options)
{
    auto result = std::make_shared<Result<ExportSummary>>(failure(QString()));
    Job* job = m_jobs.start(tr("Exporting annotations"), [=](Library& library, const JobControl& control) {
        *result = ExportService(library).exportTo(format, articles, destination, options, control);
    });
    connect(job, &Job::finished, this, [this, job, result, destination] {
        if (!job->openError().isEmpty())
            *result = failure(job->openError());
        if (job->isCancelled()) {
            emit exportFinished(false, tr("The export was cancelled; nothing was written."));
            return;
        }
        QString message = *result ? tr("Written to %1").arg(displayPath(destination)) : result->error();
        // What the format cannot hold is said, never dropped silently.
        QStringList details;
        if (*result && !(*result)->leftOutText().isEmpty())
            details.append(tr("This format cannot hold everything; %1.").arg((*result)->leftOutText()));
        showMessage(m_window, *result ? QMessageBox::Information : QMessageBox::Warning, tr("Export Annotations"),
                    message, details);
        if (!details.isEmpty())
            message += u' ' + details.first();
        emit exportFinished(bool(*result), message);
    });
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
    if (!files.isEmpty())
        importFiles(format, files);
}

void FormatsController::importFiles(const QString& formatName, const QStringList& paths, bool lenient)
{
    AnnotationFormat format;
    if (!annotationFormatFromName(formatName, format))
        return;
    const QStringList files = AnnotationImportService::expandPaths(format, paths);
    const QString author = m_annotations.author();
    auto batch = std::make_shared<AnnotationImportBatch>();
    Job* job = m_jobs.start(tr("Importing annotations"), [=](Library& library, const JobControl& control) {
        AnnotationService annotations(library, author);
        *batch = AnnotationImportService(library, annotations).importFiles(format, files, {{}, lenient}, control);
    });
    connect(job, &Job::finished, this, [this, job, batch, formatName, paths, lenient] {
        QStringList problems;
        if (!job->openError().isEmpty())
            problems.append(job->openError());
        if (batch->cancelled) {
            showMessage(m_window, QMessageBox::Information, tr("Import Annotations"),
                        tr("The import was cancelled; the library is as it was."));
            emit annotationsImported(0, problems);
            return;
        }
        QList<qint64> created, touched;
        bool malformedTags = false;
        int relations = 0, labels = 0;
        for (const AnnotationImportReport& report : batch->files) {
            if (!report.succeeded())
                problems.append(report.error);
            malformedTags = malformedTags || report.error.contains(QStringLiteral("--lenient"));
            relations += report.relationsAdded;
            labels += report.labelsSet;
            for (const QString& problem : report.problems)
                problems.append(displayPath(report.path) + QStringLiteral(": ") + problem);
            for (auto it = report.unsupported.cbegin(); it != report.unsupported.cend(); ++it)
                problems.append(tr("%1: %2 %3 not imported (not modelled)")
                                    .arg(displayPath(report.path))
                                    .arg(it.value())
                                    .arg(it.key()));
            for (const QString& unplaced : report.unplaced)
                problems.append(displayPath(report.path) + QStringLiteral(": ") + unplaced);
        }
        // The worker's connection wrote: the window's views read again.
        m_library.announceExternalChange();
        const int added = batch->annotationsAdded();
        QString summary = tr("%n annotation(s) added.", nullptr, added);
        if (relations > 0)
            summary += u' ' + tr("%n relation(s) added.", nullptr, relations);
        if (labels > 0)
            summary += u' ' + tr("%n document label(s) set.", nullptr, labels);
        if (malformedTags && !lenient
            && QMessageBox::question(m_window, tr("Import Annotations"),
                                     summary + u"\n\n" + problems.join(u'\n') + u"\n\n"
                                         + tr("Import the refused files again, reading their malformed tags as O?"))
                   == QMessageBox::Yes) {
            emit annotationsImported(added, problems);
            importFiles(formatName, paths, true);
            return;
        }
        showMessage(m_window, problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Import Annotations"), summary, problems);
        emit annotationsImported(added, problems);
    });
}

} // namespace hamish
