#include "formats/exportservice.h"

#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

namespace hamish {

namespace {

// Writes a bundle's brat files into a new folder beside outPath, then puts them in place: the
// whole folder by one rename when outPath is new, file by file into an existing one. Cancelled
// or failed, the new folder is removed and outPath is as it was. The files need no sync of their
// own: one per article would cost more than the export.
Status writeBratFolder(const ExportBundle& bundle, const TypeMapping& mapping, const QString& outPath,
                       ExportSummary& summary)
{
    const QString partial = outPath + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return failure(ExportService::tr("Cannot create the folder %1.").arg(partial));
    QString error;
    QStringList names;
    writeBrat(
        bundle, mapping,
        [&](const BratFile& file) {
            QFile out(QDir(partial).filePath(file.name));
            if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()) {
                error = ExportService::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
                return false;
            }
            names.append(file.name);
            return true;
        },
        summary);
    const auto abandon = [&](const QString& message) -> Status {
        QDir(partial).removeRecursively();
        return failure(message);
    };
    if (!error.isEmpty())
        return abandon(error);
    if (const QString unread = bundle.documents.error(); !unread.isEmpty())
        return abandon(unread);
    if (bundle.cancelled)
        return abandon(ExportService::tr("The export was cancelled; nothing was written."));
    if (!QFileInfo::exists(outPath)) {
        if (!QDir().rename(partial, outPath))
            return abandon(ExportService::tr("Cannot create the folder %1.").arg(outPath));
        return {};
    }
    for (const QString& name : std::as_const(names)) {
        const QString target = QDir(outPath).filePath(name);
        QFile::remove(target);
        QFile made(QDir(partial).filePath(name));
        if (!made.rename(target))
            return abandon(ExportService::tr("Cannot write %1: %2").arg(target, made.errorString()));
    }
    QDir(partial).removeRecursively();
    return {};
}

} // namespace

const QStringList& exportFormatNames()
{
    static const QStringList names{QStringLiteral("w3c"),   QStringLiteral("brat"), QStringLiteral("conll"),
                                   QStringLiteral("jsonl"), QStringLiteral("csv"),  QStringLiteral("markdown"),
                                   QStringLiteral("html")};
    return names;
}

bool exportFormatFromName(const QString& name, ExportFormat& format)
{
    const qsizetype index = exportFormatNames().indexOf(name.toLower());
    if (index < 0)
        return false;
    format = ExportFormat(index);
    return true;
}

QString exportFormatSuffix(ExportFormat format)
{
    static const QStringList suffixes{QStringLiteral("json"),  QString(),
                                      QStringLiteral("conll"), QStringLiteral("jsonl"),
                                      QStringLiteral("csv"),   QStringLiteral("md"),
                                      QStringLiteral("html")};
    return suffixes.at(int(format));
}

Result<ExportSummary> ExportService::exportTo(ExportFormat format, const QList<qint64>& articleIds,
                                              const QString& outPath, const ExportOptions& options,
                                              const JobControl& control)
{
    const ExportBodies bodies = format == ExportFormat::Csv   ? ExportBodies::ForOffsets
                                : format == ExportFormat::W3c ? ExportBodies::Annotated
                                : format == ExportFormat::Markdown || format == ExportFormat::Html ? ExportBodies::None
                                                                                                   : ExportBodies::All;
    // One snapshot of the library for the whole export, all its walks over the articles included.
    const bool snapshot = bool(m_library.database().exec(QStringLiteral("BEGIN")));
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            (void)m_library.database().exec(QStringLiteral("COMMIT"));
    });
    Result<ExportBundle> bundle = loadExportBundle(m_library, articleIds, bodies, options.scope, options.annotators);
    if (!bundle)
        return failure(bundle.error());
    const int total = int(bundle->documents.size());
    bundle->control = &control;
    const QString cancelled = tr("The export was cancelled; nothing was written.");

    ExportSummary summary;
    // brat and CoNLL hold no annotator: several layers go to a folder or file each.
    const QStringList layers =
        format == ExportFormat::Brat || format == ExportFormat::Conll ? annotatorsOf(*bundle) : QStringList();
    if (const QString unread = bundle->documents.error(); !unread.isEmpty())
        return failure(unread);
    if (layers.size() > 1)
        return exportLayers(format, *bundle, layers, outPath, options);
    if (format == ExportFormat::Brat) {
        if (Status ok = writeBratFolder(*bundle, options.typeMapping, outPath, summary); !ok)
            return ok.problem();
        return summary;
    }

    // The file is written as it is made and appears at outPath only when it is whole (QSaveFile).
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    switch (format) {
    case ExportFormat::W3c:
        writeW3c(*bundle, file, summary);
        break;
    case ExportFormat::Conll:
        writeConll(*bundle, {options.conllScheme, options.typeMapping, options.conllNested}, file, summary);
        break;
    case ExportFormat::Jsonl:
        writeJsonl(*bundle, file, summary);
        break;
    case ExportFormat::Csv:
        writeCsv(*bundle, file, summary);
        break;
    case ExportFormat::Markdown:
        writeMarkdown(*bundle, file, summary);
        break;
    case ExportFormat::Html:
        writeHtml(*bundle, file, summary);
        break;
    case ExportFormat::Brat:
        break;
    }
    if (const QString unread = bundle->documents.error(); !unread.isEmpty()) {
        file.cancelWriting();
        return failure(unread);
    }
    if (bundle->cancelled || !bundle->report(int(total))) {
        file.cancelWriting();
        return failure(cancelled);
    }
    if (!file.commit())
        return failure(tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    return summary;
}

QString ExportService::layerPath(ExportFormat format, const QString& outPath, const QString& annotator)
{
    QString name = annotator;
    for (QChar& c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (format == ExportFormat::Brat)
        return QDir(outPath).filePath(name);
    const QFileInfo info(outPath);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? outPath : outPath.left(outPath.size() - suffix.size() - 1);
    return base + u'.' + name + (suffix.isEmpty() ? QString() : u'.' + suffix);
}

Result<ExportSummary> ExportService::exportLayers(ExportFormat format, const ExportBundle& bundle,
                                                  const QStringList& layers, const QString& outPath,
                                                  const ExportOptions& options)
{
    ExportSummary summary;
    if (format == ExportFormat::Brat) {
        for (const QString& annotator : layers) {
            if (Status ok = writeBratFolder(layerOf(bundle, annotator), options.typeMapping,
                                            layerPath(format, outPath, annotator), summary);
                !ok)
                return ok.problem();
        }
        return summary;
    }
    // Every file is made first and appears only when all of them are whole.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const QString& annotator : layers) {
        const QString path = layerPath(format, outPath, annotator);
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return failure(tr("Cannot write %1: %2").arg(path, file->errorString()));
        const ExportBundle layer = layerOf(bundle, annotator);
        writeConll(layer, {options.conllScheme, options.typeMapping, options.conllNested}, *file, summary);
        const QString unread = layer.documents.error();
        if (layer.cancelled || bundle.cancelled || !unread.isEmpty()) {
            for (auto& f : files)
                f->cancelWriting();
            file->cancelWriting();
            return failure(unread.isEmpty() ? tr("The export was cancelled; nothing was written.") : unread);
        }
        files.push_back(std::move(file));
    }
    for (auto& file : files) {
        if (!file->commit())
            return failure(tr("Cannot write %1: %2").arg(file->fileName(), file->errorString()));
    }
    return summary;
}

} // namespace hamish
