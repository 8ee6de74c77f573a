#include "cli/command.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    Context::addCollectionOption(parser);
}

int run(Context& context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibraryToRead();
    if (!library)
        return context.fail(library.error());
    Result<ArticleScope> scope = context.scope(**library);
    if (!scope)
        return context.fail(scope.error());
    Result<QList<ArticleSummary>> summaries = (*library)->articles().summariesIn(*scope);
    if (!summaries)
        return context.fail(summaries.error());

    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleSummary& a : *summaries) {
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("title"), a.title},
                                     {QStringLiteral("author"), a.author},
                                     {QStringLiteral("source"), a.source},
                                     {QStringLiteral("url"), a.url},
                                     {QStringLiteral("date"), a.date},
                                     {QStringLiteral("annotations"), a.annotationCount}});
        }
        context.outJson(array);
        return Success;
    }
    for (const ArticleSummary& a : *summaries)
        context.out(QStringLiteral("%1\t%2\t%3\t%4\n").arg(a.id).arg(field(a.title), field(a.author), field(a.source)));
    return Success;
}

} // namespace

const Command& listCommand()
{
    static const Command command{u"list", u"[--db PATH] [--json] [--collection NAME]", addOptions, run};
    return command;
}

} // namespace hamish::cli
