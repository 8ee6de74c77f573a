#include "articles/collectionservice.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("With list: print a JSON array.")});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("create NAME | delete NAME | rename OLD NEW | add NAME ID... | "
                                                "remove NAME ID... | list"));
}

int list(Context& context, CollectionService& collections)
{
    Result<QList<Collection>> all = collections.collections();
    if (!all)
        return context.fail(all.error());
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Collection& c : *all) {
            QJsonArray ids;
            for (const qint64 id : c.articles)
                ids.append(id);
            array.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("articles"), ids}});
        }
        context.outJson(array);
        return Success;
    }
    for (const Collection& c : *all)
        context.out(QStringLiteral("%1\t%2\n").arg(field(c.name)).arg(c.articles.size()));
    return Success;
}

int run(Context& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    QList<qint64> ids;
    const bool takesIds = action == u"add" || action == u"remove";
    for (const QString& arg : takesIds ? rest.mid(1) : QStringList()) {
        qint64 id = 0;
        if (!Context::toId(arg, id))
            return BadUsage;
        ids.append(id);
    }
    const bool valid =
        (action == u"list" && rest.isEmpty()) || ((action == u"create" || action == u"delete") && rest.size() == 1)
        || (action == u"rename" && rest.size() == 2) || ((action == u"add" || action == u"remove") && rest.size() >= 2);
    if (!valid || (action != u"list" && context.parser().isSet(QStringLiteral("json"))))
        return BadUsage;

    Result<std::unique_ptr<Library>> library = context.openLibrary(action != u"list");
    if (!library)
        return context.fail(library.error());
    CollectionService collections(**library);
    if (action == u"list")
        return list(context, collections);
    if (action == u"create") {
        Result<Collection> created = collections.create(rest.first());
        return created ? Success : context.fail(created.error());
    }
    Result<Collection> named = collections.collection(rest.first());
    if (!named)
        return context.fail(named.error());
    Status ok;
    if (action == u"delete")
        ok = collections.remove(named->id);
    else if (action == u"rename")
        ok = collections.rename(named->id, rest.at(1));
    else if (action == u"add")
        ok = collections.add(named->id, ids);
    else
        ok = collections.removeArticles(named->id, ids);
    return ok ? Success : context.fail(ok.error());
}

} // namespace

const Command& collectionCommand()
{
    static const Command command{u"collection",
                                 u"[--db PATH] (create NAME | delete NAME | rename OLD NEW | add NAME ID... | "
                                 u"remove NAME ID... | list [--json])",
                                 addOptions, run};
    return command;
}

} // namespace hamish::cli
