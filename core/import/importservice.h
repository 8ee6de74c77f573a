#pragma once

#include "result.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace hamish {

class Library;
struct PreparedRecord;
class Transaction;

struct ImportOptions
{
    bool raw = false; // one article per file, no splitting
    QString encoding; // forces the encoding when set
};

// What a file holds, before anything is written: the preview of the import dialog.
struct ParsedFile
{
    QString path;
    QString format; // text, html, json or jsonl
    QString encoding;
    int confidence = 0;
    QList<Article> articles;
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
    QStringList duplicates; // titles of articles already in the library
    QStringList warnings;
    QString error; // set when the file failed; then nothing of it was written

    bool succeeded() const { return error.isEmpty(); }
};

// Import as a core workflow: decode, split, and write each file in one transaction.
// A failing file changes nothing; in a batch the other files still import.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    // Called before each file; returning false cancels the files not yet started.
    using Progress = std::function<bool(int done, int total, const QString& path)>;

    explicit ImportService(Library& library)
        : m_library(library)
    {
    }

    // The longest article body taken, in UTF-16 code units: ten times the longest article
    // the reader is measured on (issue 7, B1). Longer ones are refused with a message.
    static constexpr qsizetype MaxArticleLength = 10'000'000;
    // Refuses an article longer than that; `number` names it in the message.
    static Status checkLength(const Article& article, int number);

    static Result<ParsedFile> parseFile(const QString& path, const ImportOptions& options);
    static Result<ParsedFile> parseBytes(const QByteArray& bytes, const QString& path, const ImportOptions& options);
    // Files and folders (recursively, in name order) to the files an import would read.
    static QStringList expandPaths(const QStringList& paths, QStringList* missing = nullptr);

    FileReport store(const ParsedFile& parsed);
    FileReport importFile(const QString& path, const ImportOptions& options);
    QList<FileReport> importPaths(const QStringList& paths, const ImportOptions& options,
                                  const Progress& progress = {});

private:
    // JSON and JSON Lines corpora are read record by record and written as they come, inside
    // the file's one transaction, so memory stays flat however large the file is.
    FileReport streamJson(const QString& path);
    // Stores one record of a corpus: its id goes to `added`, or its title to the duplicates.
    Status storeRecord(const PreparedRecord& record, QList<qint64>& added, FileReport& report);
    // Commits a file's transaction and announces what it added.
    FileReport commit(Transaction& transaction, FileReport& report, const QList<qint64>& added);

    Library& m_library;
};

} // namespace hamish
