#include "formats/annotationimportservice.h"

#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "entities/entitystore.h"
#include "formats/importwriter.h"
#include "formats/readers.h"
#include "jobs/jobcontrol.h"
#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/offsets.h"

#include <QDirIterator>
#include <QFileInfo>

namespace hamish {

bool annotationFormatFromName(const QString& name, AnnotationFormat& format)
{
    static const QStringList names{QStringLiteral("brat"), QStringLiteral("conll"), QStringLiteral("w3c"),
                                   QStringLiteral("jsonl")};
    const qsizetype index = names.indexOf(name.toLower());
    if (index < 0)
        return false;
    format = AnnotationFormat(index);
    return true;
}

QStringList AnnotationImportService::expandPaths(AnnotationFormat format, const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString suffix = QFileInfo(file).suffix().toLower();
            const bool wanted = format == AnnotationFormat::Brat    ? suffix == u"ann"
                                : format == AnnotationFormat::Jsonl ? suffix == u"jsonl"
                                : format == AnnotationFormat::W3c   ? suffix == u"json" || suffix == u"jsonld"
                                                                    : suffix == u"conll" || suffix == u"txt";
            if (wanted)
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

AnnotationImportReport AnnotationImportService::importFile(AnnotationFormat format, const QString& path,
                                                           const AnnotationImportOptions& options)
{
    AnnotationImportBatch batch = importFiles(format, {path}, options, {});
    return batch.files.isEmpty() ? AnnotationImportReport{} : batch.files.first();
}

AnnotationImportReport AnnotationImportService::importOne(AnnotationFormat format, const QString& path,
                                                          const AnnotationImportOptions& options,
                                                          QList<qint64>& touched, QList<qint64>& created)
{
    AnnotationImportReport report;
    report.path = path;
    Result<ParsedAnnotations> parsed = format == AnnotationFormat::Brat ? AnnotationReaders::readBrat(path)
                                       : format == AnnotationFormat::Conll
                                           ? AnnotationReaders::readConll(path, options.lenient)
                                       : format == AnnotationFormat::W3c ? AnnotationReaders::readW3c(path)
                                                                         : AnnotationReaders::readJsonl(path);
    if (!parsed) {
        report.error = parsed.problem().inFile(path).text();
        return report;
    }
    report.unsupported = parsed->unsupported;
    Result<Savepoint> savepoint = Savepoint::begin(m_library.database());
    ImportWriter writer(m_library, m_annotations, options, report);
    Status ok = savepoint ? writer.write(*parsed) : Status(savepoint.problem());
    if (ok)
        ok = savepoint->release();
    if (!ok) {
        report = AnnotationImportReport{};
        report.path = path;
        report.error = ok.problem().inFile(path).text();
        return report;
    }
    for (const qint64 id : writer.touched()) {
        if (!touched.contains(id))
            touched.append(id);
    }
    created += writer.created();
    return report;
}

AnnotationImportBatch AnnotationImportService::importFiles(AnnotationFormat format, const QStringList& paths,
                                                           const AnnotationImportOptions& options,
                                                           const JobControl& control)
{
    AnnotationImportBatch batch;
    const auto failAll = [&](const QString& why) {
        batch.files.clear();
        for (const QString& path : paths) {
            AnnotationImportReport report;
            report.path = path;
            report.error = failureIn(path, why).text();
            batch.files.append(report);
        }
        return batch;
    };
    if (paths.isEmpty())
        return batch;
    Database& db = m_library.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction)
        return failAll(tr("the library cannot be written (%1).").arg(transaction.error()));
    QList<qint64> touched, created;
    for (qsizetype i = 0; i < paths.size() && !control.isCancelled(); ++i) {
        control.report(i, paths.size(), paths.at(i));
        batch.files.append(importOne(format, paths.at(i), options, touched, created));
        if (!db.isInTransaction())
            break;
    }
    if (control.isCancelled()) {
        batch.cancelled = true;
        return batch;
    }
    Status ok = db.isInTransaction() ? transaction->commit() : failure(tr("an earlier error ended the transaction"));
    if (!ok) {
        const QList<AnnotationImportReport> reports = batch.files;
        failAll(tr("the library cannot be written (%1); nothing of this import was kept.").arg(ok.error()));
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (!reports.at(i).succeeded())
                batch.files[i].error = reports.at(i).error;
        }
        return batch;
    }
    control.report(paths.size(), paths.size());
    if (!created.isEmpty())
        m_library.announceArticlesAdded(created);
    m_annotations.announce(touched);
    return batch;
}

} // namespace hamish
