#include "cli/command.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article to print."));
}

int run(Context& context)
{
    const QStringList args = context.parser().positionalArguments();
    qint64 id = 0;
    if (args.size() != 1 || !Context::toId(args.first(), id))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    Result<Article> article = (*library)->articles().article(id);
    if (!article)
        return context.fail(article.error());
    context.out(article->body);
    return Success;
}

} // namespace

const Command& showCommand()
{
    static const Command command{u"show", u"[--db PATH] ID", addOptions, run};
    return command;
}

} // namespace hamish::cli
