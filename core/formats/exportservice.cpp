#include "formats/exportservice.h"

#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hamish {

namespace {

Status writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(ExportService::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(content) != content.size() || !file.commit())
        return failure(ExportService::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

const QStringList& exportFormatNames()
{
    static const QStringList names{QStringLiteral("w3c"),  QStringLiteral("brat"),     QStringLiteral("conll"),
                                   QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("markdown"),
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
    static const QStringList suffixes{QStringLiteral("json"), QString(), QStringLiteral("conll"), QStringLiteral("jsonl"),
                                      QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("html")};
    return suffixes.at(int(format));
}

Status ExportService::exportTo(ExportFormat format, const QList<qint64>& articleIds, const QString& outPath,
                               const ExportOptions& options, const ExportProgress& progress)
{
    const ExportBodies bodies = format == ExportFormat::Csv || format == ExportFormat::W3c ? ExportBodies::Annotated
                                : format == ExportFormat::Markdown || format == ExportFormat::Html ? ExportBodies::None
                                                                                                   : ExportBodies::All;
    Result<ExportBundle> bundle = loadExportBundle(m_library, articleIds, bodies);
    if (!bundle)
        return failure(bundle.error());
    const int total = int(bundle->documents.size());
    bundle->progress = progress;
    const QString cancelled = tr("The export was cancelled; nothing was written.");

    if (format == ExportFormat::Brat) {
        const QList<BratFile> files = writeBrat(*bundle, options.typeMapping);
        if (bundle->cancelled)
            return failure(cancelled);
        // A new folder is written beside its place and renamed into it, so it appears whole;
        // its files need no sync of their own, one per article would cost more than the export.
        const bool fresh = !QFileInfo::exists(outPath);
        const QString folder = fresh ? outPath + QStringLiteral(".partial") : outPath;
        if (fresh)
            QDir(folder).removeRecursively();
        if (!QDir().mkpath(folder))
            return failure(tr("Cannot create the folder %1.").arg(folder));
        for (const BratFile& file : files) {
            QFile out(QDir(folder).filePath(file.name));
            if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()) {
                if (fresh)
                    QDir(folder).removeRecursively();
                return failure(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
            }
        }
        if (fresh && !QDir().rename(folder, outPath)) {
            QDir(folder).removeRecursively();
            return failure(tr("Cannot create the folder %1.").arg(outPath));
        }
        return {};
    }
    QByteArray content;
    switch (format) {
    case ExportFormat::W3c:
        content = writeW3c(*bundle);
        break;
    case ExportFormat::Conll:
        content = writeConll(*bundle, options.conllScheme, options.typeMapping);
        break;
    case ExportFormat::Jsonl:
        content = writeJsonl(*bundle);
        break;
    case ExportFormat::Csv:
        content = writeCsv(*bundle);
        break;
    case ExportFormat::Markdown:
        content = writeMarkdown(*bundle);
        break;
    case ExportFormat::Html:
        content = writeHtml(*bundle);
        break;
    case ExportFormat::Brat:
        break;
    }
    if (bundle->cancelled || (progress && !progress(total, total)))
        return failure(cancelled);
    return writeFile(outPath, content);
}

} // namespace hamish
