#include "import/importcontroller.h"

#include "import/importdialog.h"
#include "import/importservice.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace hamish {

ImportController::ImportController(ImportService& service, QWidget* window)
    : QObject(window)
    , m_service(service)
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

int ImportController::importPaths(const QStringList& paths)
{
    QStringList missing;
    const QStringList files = ImportService::expandPaths(paths, &missing);
    if (files.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import articles"), tr("There is nothing to import here."));
        return 0;
    }
    ImportDialog dialog(files, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;

    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(files.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const QList<FileReport> reports =
        m_service.importPaths(files, dialog.options(), [&](int done, int total, const QString& path) {
            progress.setMaximum(total);
            progress.setValue(done);
            progress.setLabelText(path);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });

    int added = 0, duplicates = 0;
    qint64 first = 0;
    QStringList problems;
    for (const FileReport& report : reports) {
        added += int(report.added.size());
        duplicates += int(report.duplicates.size());
        if (first == 0 && !report.added.isEmpty())
            first = report.added.first();
        if (!report.succeeded())
            problems.append(report.error);
        problems += report.warnings;
    }
    QString summary = tr("%n new article(s).", nullptr, added);
    if (duplicates > 0)
        summary += u' ' + tr("%n already in the library, not imported again.", nullptr, duplicates);
    if (reports.size() < files.size())
        summary += u' ' + tr("Cancelled: %n file(s) not imported.", nullptr, int(files.size() - reports.size()));
    if (problems.isEmpty())
        QMessageBox::information(m_window, tr("Import articles"), summary);
    else {
        QMessageBox box(QMessageBox::Warning, tr("Import articles"), summary, QMessageBox::Ok, m_window);
        box.setInformativeText(tr("Some files need attention; files that failed changed nothing."));
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
    }
    if (first > 0)
        emit imported(first);
    return added;
}

} // namespace hamish
