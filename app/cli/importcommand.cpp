#include "cli/command.h"
#include "import/importservice.h"
#include "jobs/jobcontrol.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("raw"), QStringLiteral("Import each file as one article.")});
    parser.addOption(
        {QStringLiteral("encoding"), QStringLiteral("Skip detection and decode as NAME."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("replaces"),
                      QStringLiteral("Import FILE, one article, as the new version of article ID."),
                      QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to import."));
}

int run(Context& context)
{
    const QStringList paths = context.parser().positionalArguments();
    if (paths.isEmpty())
        return BadUsage;
    ImportOptions options;
    if (context.parser().isSet(QStringLiteral("replaces"))
        && (paths.size() != 1 || !Context::toId(context.parser().value(QStringLiteral("replaces")), options.replaces)))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());

    // A new version is one article: its text is not split.
    options.raw = context.parser().isSet(QStringLiteral("raw")) || options.replaces > 0;
    options.encoding = context.parser().value(QStringLiteral("encoding"));

    ImportService service(**library);
    JobControl control;
    if (context.errIsTerminal()) {
        control.progress = [&, shown = QString()](qint64 done, qint64 total, const QString& path) mutable {
            const QString line =
                done >= total ? QStringLiteral("\r\33[K")
                              : QStringLiteral("\r\33[K[%1%] %2").arg(done * 100 / qMax<qint64>(1, total)).arg(path);
            if (line != shown)
                context.err(line);
            shown = line;
        };
    }
    bool anyFailed = false;
    for (const FileReport& report : service.importPaths(paths, options, control).files) {
        if (!report.succeeded()) {
            anyFailed = true;
            context.fail(report.error);
            continue;
        }
        context.err(QStringLiteral("%1: %2, confidence %3\n").arg(report.path, report.encoding).arg(report.confidence));
        for (const QString& warning : report.warnings)
            context.err(QStringLiteral("warning: ") + warning + u'\n');
        for (const QString& title : report.duplicates)
            context.err(QStringLiteral("%1: already in the library: %2\n").arg(report.path, field(title)));
        for (const VersionOutcome& v : report.versions)
            context.err(QStringLiteral("%1: version %2 of article %3: %4 exact, %5 shifted, %6 fuzzy, %7 orphaned "
                                       "(hamish reanchor-report --article %3)\n")
                            .arg(report.path)
                            .arg(v.version)
                            .arg(v.articleId)
                            .arg(v.exact)
                            .arg(v.shifted)
                            .arg(v.fuzzy)
                            .arg(v.orphans));
        for (const qint64 id : report.added) {
            const Result<std::optional<ArticleSummary>> article = (*library)->articles().summary(id);
            context.out(
                QStringLiteral("%1\t%2\n").arg(id).arg(field(article && *article ? (*article)->title : QString())));
        }
    }
    return anyFailed ? Failure : Success;
}

} // namespace

const Command& importCommand()
{
    static const Command command{u"import", u"[--db PATH] [--raw] [--encoding NAME] [--replaces ID] PATH...",
                                 addOptions, run};
    return command;
}

} // namespace hamish::cli
