#include "cli/command.h"
#include "storage/library.h"
#include "versions/versionservice.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("version"), QStringLiteral("Print version N of it (default: the latest)."),
                      QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article to print."));
}

int run(Context& context)
{
    const QStringList args = context.parser().positionalArguments();
    qint64 id = 0;
    if (args.size() != 1 || !Context::toId(args.first(), id))
        return BadUsage;
    qint64 version = 0;
    if (context.parser().isSet(QStringLiteral("version"))
        && !Context::toId(context.parser().value(QStringLiteral("version")), version))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibraryToRead();
    if (!library)
        return context.fail(library.error());
    if (version > 0) {
        Result<QString> body = VersionService(**library).body(id, int(version));
        if (!body)
            return context.fail(body.error());
        context.out(*body);
        return Success;
    }
    Result<Article> article = (*library)->articles().article(id);
    if (!article)
        return context.fail(article.error());
    context.out(article->body);
    return Success;
}

} // namespace

const Command& showCommand()
{
    static const Command command{u"show", u"[--db PATH] [--version N] ID", addOptions, run};
    return command;
}

} // namespace hamish::cli
