#include "import/importservice.h"

#include "import/articleinput.h"
#include "jobs/jobcontrol.h"
#include "storage/bulkwrite.h"
#include "storage/library.h"

#include <QDirIterator>
#include <QFileInfo>

namespace hamish {

QList<qint64> ImportReport::added() const
{
    QList<qint64> ids;
    if (cancelled)
        return ids;
    for (const FileReport& file : files)
        ids += file.added;
    return ids;
}

QList<qint64> ImportReport::versioned() const
{
    QList<qint64> ids;
    if (cancelled)
        return ids;
    for (const FileReport& file : files)
        for (const VersionOutcome& version : file.versions)
            ids.append(version.articleId);
    return ids;
}

Result<ParsedFile> ImportService::preview(const ArticleInput& input, const ImportOptions& options,
                                          const JobControl& control)
{
    ParsedFile parsed;
    parsed.path = input.path();
    const auto keep = [&](PreparedArticle& prepared) -> Status {
        if (parsed.articles.size() < PreviewArticles)
            parsed.articles.append(prepared.article);
        ++parsed.articleCount;
        return {};
    };
    Result<ArticleFileInfo> info = ArticleReader::read(input, options, QDateTime::currentDateTimeUtc(), keep, control);
    if (!info)
        return info.problem();
    parsed.format = info->format;
    parsed.encoding = info->encoding;
    parsed.confidence = info->confidence;
    parsed.warnings = info->warnings;
    return parsed;
}

QStringList ImportService::expandPaths(const QStringList& paths, QStringList* missing)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isImportableSuffix(QFileInfo(file).suffix()))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else if (info.exists() || info.isSymLink()) {
            files.append(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

// Articles written earlier in this transaction are found by hash too, so repeats inside a file
// or a batch need no set of their own.
Result<std::optional<qint64>> ImportService::versionTarget(const Article& article, const ImportOptions& options)
{
    if (options.replaces > 0) {
        if (Result<Article> replaced = m_library.articles().heading(options.replaces); !replaced)
            return replaced.problem();
        return std::optional<qint64>(options.replaces);
    }
    if (article.url.isEmpty())
        return std::optional<qint64>();
    return m_library.articles().findByUrl(article.url);
}

Status ImportService::store(PreparedArticle& prepared, const ImportOptions& options, FileReport& report)
{
    if (options.replaces > 0 && (!report.added.isEmpty() || !report.versions.isEmpty() || !report.duplicates.isEmpty()))
        return failure(tr("a new version of article %1 must be a file of one article; this one holds more.")
                           .arg(options.replaces))
            .inFile(report.path);
    Result<std::optional<qint64>> target = versionTarget(prepared.article, options);
    if (!target)
        return failure(tr("article %1 could not be stored (%2).").arg(prepared.number).arg(target.error()))
            .inFile(report.path);
    if (target->has_value()) {
        Result<std::optional<VersionOutcome>> version =
            VersionService(m_library).addVersionWithin(**target, prepared.article.body, prepared.article.importedAt);
        if (!version)
            return failure(tr("article %1 could not be stored as a new version of article %2 (%3).")
                               .arg(prepared.number)
                               .arg(**target)
                               .arg(version.error()))
                .inFile(report.path);
        if (version->has_value())
            report.versions.append(**version);
        else
            report.duplicates.append(prepared.article.title);
        return {};
    }
    // A later version of an article, imported again without its URL, is that article too.
    Result<std::optional<qint64>> versionOf =
        VersionStore(m_library.database()).articleWithVersion(prepared.article.contentHash);
    if (!versionOf)
        return failure(tr("article %1 could not be stored (%2).").arg(prepared.number).arg(versionOf.error()))
            .inFile(report.path);
    if (versionOf->has_value()) {
        report.duplicates.append(prepared.article.title);
        return {};
    }
    const PreparedIndexTokens tokens{&prepared.titleTokens, &prepared.bodyTokens};
    const EncodedArticleText encoded{prepared.titleTokens.text, prepared.bodyTokens.text};
    Result<std::optional<qint64>> id = m_library.articles().insertNew(prepared.article, &encoded);
    if (!id)
        return failure(tr("article %1 could not be stored (%2).").arg(prepared.number).arg(id.error()))
            .inFile(report.path);
    if (id->has_value())
        report.added.append(**id);
    else
        report.duplicates.append(prepared.article.title);
    return {};
}

FileReport ImportService::importOne(const ArticleInput& input, const ImportOptions& options, const JobControl& control,
                                    qint64 doneBefore, qint64 total)
{
    FileReport report;
    report.path = input.path();
    Result<Savepoint> savepoint = Savepoint::begin(m_library.database());
    if (!savepoint) {
        report.error = failureIn(report.path, tr("the library cannot be written (%1).").arg(savepoint.error())).text();
        return report;
    }
    const auto sink = [&](PreparedArticle& prepared) -> Status {
        control.report(doneBefore + prepared.position, total, report.path);
        return store(prepared, options, report);
    };
    Result<ArticleFileInfo> info = ArticleReader::read(input, options, m_library.now(), sink, control);
    if (info)
        if (Status released = savepoint->release(); !released)
            info = failureIn(report.path, tr("the library cannot be written (%1).").arg(released.error()));
    if (!info) {
        FileReport failed;
        failed.path = report.path;
        failed.error = info.error();
        return failed;
    }
    report.encoding = info->encoding;
    report.confidence = info->confidence;
    report.warnings = info->warnings;
    return report;
}

FileReport ImportService::importInput(const ArticleInput& input, const ImportOptions& options,
                                      const JobControl& control)
{
    ImportReport report = importBatch({input}, options, control);
    if (report.cancelled) {
        FileReport cancelled;
        cancelled.path = input.path();
        cancelled.error = failureIn(input.path(), tr("cancelled; nothing was imported.")).text();
        return cancelled;
    }
    return report.files.first();
}

FileReport ImportService::importFile(const QString& path, const ImportOptions& options, const JobControl& control)
{
    return importInput(ArticleInput::file(path), options, control);
}

ImportReport ImportService::importPaths(const QStringList& paths, const ImportOptions& options,
                                        const JobControl& control)
{
    QStringList missing;
    const QStringList files = expandPaths(paths, &missing);
    QList<ArticleInput> inputs;
    for (const QString& file : files)
        inputs.append(ArticleInput::file(file));
    ImportReport report = importBatch(inputs, options, control);
    for (const QString& path : missing) {
        FileReport absent;
        absent.path = path;
        absent.error = failureIn(path, tr("no such file or folder.")).text();
        report.files.prepend(absent);
    }
    return report;
}

ImportReport ImportService::importBatch(const QList<ArticleInput>& inputs, const ImportOptions& options,
                                        const JobControl& control)
{
    ImportReport batch;
    const auto failAll = [&](const QString& why) {
        batch.files.clear();
        for (const ArticleInput& input : inputs) {
            FileReport report;
            report.path = input.path();
            report.error = failureIn(input.path(), why).text();
            batch.files.append(report);
        }
        return batch;
    };
    if (inputs.isEmpty())
        return batch;
    if (m_library.isReadOnly())
        return failAll(tr("the library cannot be written (it is open read-only)."));

    QList<qint64> sizes;
    qint64 total = 0;
    for (const ArticleInput& input : inputs) {
        sizes.append(input.size().value_or(0));
        total += sizes.last();
    }
    Database& db = m_library.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction)
        return failAll(tr("the library cannot be written (%1).").arg(transaction.error()));
    BulkWrite bulk(db);
    qint64 done = 0;
    for (qsizetype i = 0; i < inputs.size() && !control.isCancelled(); ++i) {
        control.report(done, total, inputs.at(i).path());
        batch.files.append(importOne(inputs.at(i), options, control, done, total));
        done += sizes.at(i);
        if (!db.isInTransaction())
            break; // SQLite ended the transaction (a full disk): nothing of the batch is kept
    }
    if (control.isCancelled()) {
        batch.cancelled = true;
        return batch; // the transaction rolls back
    }
    Status ok = db.isInTransaction() ? bulk.finish() : failure(tr("an earlier error ended the transaction"));
    if (ok)
        ok = transaction->commit();
    if (!ok) {
        const QString why = tr("the library cannot be written (%1); nothing of this import was kept.").arg(ok.error());
        QList<FileReport> reports = batch.files;
        failAll(why);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (!reports.at(i).succeeded())
                batch.files[i].error = reports.at(i).error; // the first cause says more
        }
        return batch;
    }
    control.report(total, total);
    const QList<qint64> added = batch.added();
    if (!added.isEmpty())
        m_library.announceArticlesAdded(added);
    if (const QList<qint64> versioned = batch.versioned(); !versioned.isEmpty())
        m_library.announceArticleTextChanged(versioned);
    return batch;
}

} // namespace hamish
