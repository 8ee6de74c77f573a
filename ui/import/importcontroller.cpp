#include "import/importcontroller.h"

#include "import/importdialog.h"
#include "import/importservice.h"
#include "jobs/jobrunner.h"
#include "storage/library.h"

#include <QFileDialog>
#include <QMessageBox>

namespace hamish {

ImportController::ImportController(Library& library, JobRunner& jobs, QWidget* window)
    : QObject(window)
    , m_library(library)
    , m_jobs(jobs)
    , m_window(window)
{
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import articles"), QString(),
        tr("Articles (*.txt *.text *.html *.htm *.json *.jsonl *.ndjson);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a folder of articles"));
    if (!folder.isEmpty())
        importPaths({folder});
}

bool ImportController::importPaths(const QStringList& paths)
{
    const QStringList files = ImportService::expandPaths(paths);
    if (files.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import articles"), tr("There is nothing to import here."));
        return false;
    }
    ImportDialog dialog(files, m_window, m_openArticle ? m_openArticle() : ArticleSummary{});
    if (dialog.exec() != QDialog::Accepted)
        return false;
    startImport(files, dialog.options());
    return true;
}

void ImportController::startImport(const QStringList& files, const ImportOptions& options)
{
    auto report = std::make_shared<ImportReport>();
    Job* job =
        m_jobs.start(tr("Importing articles"), [report, files, options](Library& library, const JobControl& control) {
            *report = ImportService(library).importPaths(files, options, control);
        });
    connect(job, &Job::finished, this, [this, job, report] {
        if (!job->openError().isEmpty()) {
            FileReport failed;
            failed.error = job->openError();
            report->files.append(failed);
        }
        const QList<qint64> added = report->added();
        if (!added.isEmpty())
            m_library.announceArticlesAdded(added);
        if (const QList<qint64> versioned = report->versioned(); !versioned.isEmpty())
            m_library.announceArticleTextChanged(versioned);
        summarise(*report);
        emit importFinished(*report);
        if (!added.isEmpty())
            emit imported(added.first());
    });
}

void ImportController::summarise(const ImportReport& report)
{
    if (report.cancelled) {
        emit statusMessage(tr("The import was cancelled; the library is as it was."));
        return;
    }
    int added = 0, duplicates = 0, versions = 0, toReview = 0;
    QStringList problems;
    for (const FileReport& file : report.files) {
        added += int(file.added.size());
        duplicates += int(file.duplicates.size());
        versions += int(file.versions.size());
        for (const VersionOutcome& version : file.versions)
            toReview += version.fuzzy + version.orphans;
        if (!file.succeeded())
            problems.append(file.error);
        problems += file.warnings;
    }
    QString summary = tr("%n new article(s).", nullptr, added);
    if (versions > 0)
        summary += u' ' + tr("%n new version(s) of articles in the library.", nullptr, versions);
    if (toReview > 0)
        summary += u' ' + tr("%n annotation(s) to review (View ▸ Review).", nullptr, toReview);
    if (duplicates > 0)
        summary += u' ' + tr("%n already in the library, not imported again.", nullptr, duplicates);
    // A clean import is told in the status bar: it needs no answer, and the window stays free.
    if (problems.isEmpty()) {
        emit statusMessage(summary);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import articles"), summary, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Some files need attention; files that failed changed nothing."));
    box->setDetailedText(problems.join(u'\n'));
    box->open();
}

} // namespace hamish
