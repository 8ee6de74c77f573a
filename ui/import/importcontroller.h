#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace hamish {

class JobRunner;
class Library;
struct ArticleSummary;
struct ImportReport;

// Runs imports for the window: asks for files, previews them, imports on a worker thread (the
// status bar shows the progress and can cancel), and reports what happened.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(Library& library, JobRunner& jobs, QWidget* window);

    // The article open in the reader, which the import dialog offers to give a new version.
    void setOpenArticle(std::function<ArticleSummary()> openArticle) { m_openArticle = std::move(openArticle); }

    void chooseFiles();
    void chooseFolder();
    // Previews, then starts the import; false when there was nothing to import or the user
    // closed the preview.
    bool importPaths(const QStringList& paths);
    // Starts importing without a preview.
    void startImport(const QStringList& files, const struct ImportOptions& options);

signals:
    void imported(qint64 firstNewArticle);
    // After every import, cancelled or not, once the summary is known.
    void importFinished(const hamish::ImportReport& report);
    // How an import went, for the status bar, when it needs no answer.
    void statusMessage(const QString& message);

private:
    void summarise(const ImportReport& report);

    Library& m_library;
    JobRunner& m_jobs;
    QWidget* m_window;
    std::function<ArticleSummary()> m_openArticle;
};

} // namespace hamish
