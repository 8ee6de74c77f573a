#include "annotations/timestamps.h"
#include "articles/articleservice.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

// delete, trash, restore and empty-trash. An unknown id is an error and nothing changes, not
// even for the valid ids given with it.
namespace hamish::cli {

namespace {

void addIds(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Articles (one or more)."));
}

void addJson(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

void addNothing(QCommandLineParser&) {}

int changeTrash(Context& context, bool toTrash)
{
    QList<qint64> ids;
    if (!context.positionalIds(ids))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    ArticleService articles(**library);
    const Status ok = toTrash ? articles.moveToTrash(ids) : articles.restore(ids);
    return ok ? Success : context.fail(ok.error());
}

int runDelete(Context& context)
{
    return changeTrash(context, true);
}

int runRestore(Context& context)
{
    return changeTrash(context, false);
}

int runTrash(Context& context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    Result<QList<ArticleSummary>> trash = ArticleService(**library).trash();
    if (!trash)
        return context.fail(trash.error());
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleSummary& a : *trash)
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("title"), a.title},
                                     {QStringLiteral("deleted"), isoUtc(a.trashedAt, Milliseconds::Omit)}});
        context.outJson(array);
        return Success;
    }
    for (const ArticleSummary& a : *trash)
        context.out(
            QStringLiteral("%1\t%2\t%3\n").arg(a.id).arg(field(a.title), isoUtc(a.trashedAt, Milliseconds::Omit)));
    return Success;
}

int runEmptyTrash(Context& context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    ArticleService articles(**library);
    const Result<std::pair<qint64, qint64>> contents = articles.trashContents();
    if (!contents)
        return context.fail(contents.error());
    if (Status ok = articles.emptyTrash(); !ok)
        return context.fail(ok.error());
    context.err(
        QStringLiteral("removed %1 articles and %2 annotations for good\n").arg(contents->first).arg(contents->second));
    return Success;
}

} // namespace

const Command& deleteCommand()
{
    static const Command command{u"delete", u"[--db PATH] ID...", addIds, runDelete};
    return command;
}

const Command& trashCommand()
{
    static const Command command{u"trash", u"[--db PATH] [--json]", addJson, runTrash};
    return command;
}

const Command& restoreCommand()
{
    static const Command command{u"restore", u"[--db PATH] ID...", addIds, runRestore};
    return command;
}

const Command& emptyTrashCommand()
{
    static const Command command{u"empty-trash", u"[--db PATH]", addNothing, runEmptyTrash};
    return command;
}

} // namespace hamish::cli
