#include "articles/articleservice.h"
#include "cli/command.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

const char16_t* const Fields[] = {u"title", u"author", u"source", u"date", u"url"};

void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("title"), QStringLiteral("The new title."), QStringLiteral("T")},
        {QStringLiteral("author"), QStringLiteral("The new author."), QStringLiteral("A")},
        {QStringLiteral("source"), QStringLiteral("The new source."), QStringLiteral("S")},
        {QStringLiteral("date"), QStringLiteral("The new date."), QStringLiteral("D")},
        {QStringLiteral("url"), QStringLiteral("The new URL."), QStringLiteral("U")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article."));
}

// Changes the fields given; the others and the body stay as they are.
int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    QList<qint64> ids;
    const bool anyField = std::any_of(std::begin(Fields), std::end(Fields),
                                      [&](const char16_t* f) { return p.isSet(QString::fromUtf16(f)); });
    if (!context.positionalIds(ids) || ids.size() != 1 || !anyField)
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    ArticleService articles(**library);
    Result<ArticleHeading> heading = articles.heading(ids.first());
    if (!heading)
        return context.fail(heading.error());
    const auto take = [&](const char16_t* name, QString& value) {
        if (p.isSet(QString::fromUtf16(name)))
            value = p.value(QString::fromUtf16(name));
    };
    take(u"title", heading->title);
    take(u"author", heading->author);
    take(u"source", heading->source);
    take(u"date", heading->date);
    take(u"url", heading->url);
    const Status ok = articles.editHeading(ids.first(), *heading);
    return ok ? Success : context.fail(ok.error());
}

} // namespace

const Command& editCommand()
{
    static const Command command{u"edit", u"[--db PATH] ID [--title T] [--author A] [--source S] [--date D] [--url U]",
                                 addOptions, run};
    return command;
}

} // namespace hamish::cli
