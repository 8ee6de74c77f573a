#include "samplearticles.h"

#include "import/importservice.h"

#include <QDir>
#include <QFile>

namespace hamish {

Status importSampleArticles(ImportService& importer)
{
    const QStringList names = QDir(QStringLiteral(":/samples")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(QStringLiteral(":/samples/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return failure(file.errorString());
        Result<ParsedFile> parsed = ImportService::parseBytes(file.readAll(), name, {});
        if (!parsed)
            return failure(parsed.error());
        for (Article& article : parsed->articles)
            article.originPath = QStringLiteral("sample:") + name;
        const FileReport report = importer.store(*parsed);
        if (!report.succeeded())
            return failure(report.error);
    }
    return {};
}

} // namespace hamish
