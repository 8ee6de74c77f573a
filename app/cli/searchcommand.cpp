#include "cli/command.h"
#include "search/searchservice.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 100)."), QStringLiteral("N")});
    Context::addCollectionOption(parser);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to find."));
}

// Matches are shown between [ and ] in the original, diacritised text.
QString plainSnippet(QString snippet)
{
    snippet.replace(SnippetMatchStart, u'[');
    snippet.replace(SnippetMatchEnd, u']');
    return field(snippet);
}

int run(Context& context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.isEmpty())
        return BadUsage;
    qint64 limit = 100;
    if (context.parser().isSet(QStringLiteral("limit"))
        && !Context::toId(context.parser().value(QStringLiteral("limit")), limit))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibraryToRead();
    if (!library)
        return context.fail(library.error());
    Result<ArticleScope> scope = context.scope(**library);
    if (!scope)
        return context.fail(scope.error());
    SearchService search(**library);
    Result<QList<SearchHit>> hits = search.search(args.join(u' '), int(limit), SearchService::Snippets::Make, *scope);
    if (!hits)
        return context.fail(hits.error());

    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& hit : *hits) {
            array.append(QJsonObject{{QStringLiteral("id"), hit.articleId},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), plainSnippet(hit.snippet)},
                                     {QStringLiteral("rank"), hit.rank}});
        }
        context.outJson(array);
        return Success;
    }
    for (const SearchHit& hit : *hits)
        context.out(QStringLiteral("%1\t%2\t%3\n").arg(hit.articleId).arg(field(hit.title), plainSnippet(hit.snippet)));
    return Success;
}

} // namespace

const Command& searchCommand()
{
    static const Command command{u"search", u"[--db PATH] [--json] [--limit N] [--collection NAME] QUERY", addOptions,
                                 run};
    return command;
}

} // namespace hamish::cli
