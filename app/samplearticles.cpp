#include "samplearticles.h"

#include "import/articleinput.h"
#include "import/importservice.h"
#include "jobs/jobcontrol.h"

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
        const FileReport report =
            importer.importInput(ArticleInput::memory(QStringLiteral("sample:") + name, file.readAll()), {}, {});
        if (!report.succeeded())
            return failure(report.error);
    }
    return {};
}

} // namespace hamish
