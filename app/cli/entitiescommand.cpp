#include "annotations/annotationservice.h"
#include "cli/command.h"
#include "entities/entityregistry.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

// ID<TAB>NAME<TAB>TYPE<TAB>MENTIONS<TAB>VARIANTS (joined by " | ").
int run(Context& context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    Result<QList<Entity>> entities = EntityRegistry(**library).entities();
    Result<QList<EntityType>> types = (*library)->annotations().entityTypes();
    if (!entities || !types)
        return context.fail(!entities ? entities.error() : types.error());
    QHash<qint64, QString> codes;
    for (const EntityType& type : *types)
        codes.insert(type.id, type.code);

    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Entity& e : *entities) {
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("name"), e.name},
                                     {QStringLiteral("type"), codes.value(e.entityTypeId)},
                                     {QStringLiteral("variants"), QJsonArray::fromStringList(e.variants)},
                                     {QStringLiteral("mentions"), e.mentionCount},
                                     {QStringLiteral("note"), e.note}});
        }
        context.outJson(array);
        return Success;
    }
    for (const Entity& e : *entities) {
        context.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(e.id)
                        .arg(field(e.name), codes.value(e.entityTypeId))
                        .arg(e.mentionCount)
                        .arg(field(e.variants.join(QStringLiteral(" | ")))));
    }
    return Success;
}

} // namespace

const Command& entitiesCommand()
{
    static const Command command{u"entities", u"[--db PATH] [--json]", addOptions, run};
    return command;
}

} // namespace hamish::cli
