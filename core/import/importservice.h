#pragma once

#include "import/articleformat.h"
#include "import/articlereader.h"
#include "jobs/jobcontrol.h"
#include "result.h"
#include "storage/article.h"
#include "versions/versionservice.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hamish {

class ArticleInput;
class Library;
struct PreparedArticle;

// What a file holds, before anything is written: the preview of the import dialog.
struct ParsedFile
{
    QString path;
    ArticleFormat format = ArticleFormat::Text;
    QString encoding;
    int confidence = 0;
    QList<Article> articles; // the first ImportService::PreviewArticles of them
    qsizetype articleCount = 0;
    QStringList warnings; // low-confidence encoding, skipped records
};

struct FileReport
{
    QString path;
    QString encoding;
    int confidence = 0;
    // Ids of the new articles, in file order (ids only: an import of tens of thousands of
    // articles keeps no titles in memory).
    QList<qint64> added;
    QStringList duplicates;         // titles of articles already in the library
    QList<VersionOutcome> versions; // new versions of articles in the library
    QStringList warnings;
    QString error; // set when the file failed; then nothing of it was written

    bool succeeded() const { return error.isEmpty(); }
};

struct ImportReport
{
    QList<FileReport> files;
    // Cancelled: nothing of the batch was written, whatever the file reports say.
    bool cancelled = false;

    QList<qint64> added() const;
    // The articles that got a new version.
    QList<qint64> versioned() const;
};

// Import as a core workflow: read each file through ArticleReader and write it. A batch is one
// transaction with a savepoint per file, so a failing file changes nothing while the other files
// of the batch still import, and cancelling leaves the library as it was.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(Library& library)
        : m_library(library)
    {
    }

    static constexpr int PreviewArticles = 500;

    Library& library() { return m_library; }

    // Reads a file without writing anything: its format, encoding, warnings, article count and
    // first articles. Runs on any thread.
    static Result<ParsedFile> preview(const ArticleInput& input, const ImportOptions& options,
                                      const JobControl& control = {});
    // Files and folders (recursively, in name order) to the files an import would read.
    static QStringList expandPaths(const QStringList& paths, QStringList* missing = nullptr);

    // One input in its own transaction.
    FileReport importInput(const ArticleInput& input, const ImportOptions& options = {},
                           const JobControl& control = {});
    FileReport importFile(const QString& path, const ImportOptions& options = {}, const JobControl& control = {});
    ImportReport importPaths(const QStringList& paths, const ImportOptions& options = {},
                             const JobControl& control = {});

private:
    ImportReport importBatch(const QList<ArticleInput>& inputs, const ImportOptions& options,
                             const JobControl& control);
    FileReport importOne(const ArticleInput& input, const ImportOptions& options, const JobControl& control,
                         qint64 doneBefore, qint64 total);
    Status store(PreparedArticle& prepared, const ImportOptions& options, FileReport& report);
    // The article a prepared one is a new version of: the one --replaces names, else the one with
    // its URL; none for a new article.
    Result<std::optional<qint64>> versionTarget(const Article& article, const ImportOptions& options);

    Library& m_library;
};

} // namespace hamish
