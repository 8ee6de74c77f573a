#include "annotations/schemaservice.h"
#include "cli/command.h"
#include "network/entitynetwork.h"
#include "network/graphwriters.h"
#include "storage/library.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("graphml, gexf or dot."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("PATH")},
        {QStringLiteral("type"), QStringLiteral("Only relations of this type (repeatable)."),
         QStringLiteral("RELATION_TYPE")},
        {QStringLiteral("from"), QStringLiteral("Only articles published on or after this day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QStringLiteral("Only articles published on or before this day."),
         QStringLiteral("YYYY-MM-DD")},
    });
    Context::addCollectionOption(parser);
}

// The entity network (relations between mentions rolled up to their entities) as a file.
int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    GraphFormat format;
    if (!graphFormatFromName(p.value(QStringLiteral("format")), format) || p.value(QStringLiteral("out")).isEmpty()
        || !p.positionalArguments().isEmpty())
        return BadUsage;
    NetworkFilter filter;
    filter.relationTypes = p.values(QStringLiteral("type"));
    for (const auto& [option, day] :
         {std::pair{QStringLiteral("from"), &filter.from}, {QStringLiteral("to"), &filter.to}}) {
        if (!p.isSet(option))
            continue;
        *day = QDate::fromString(p.value(option), Qt::ISODate);
        if (!day->isValid())
            return BadUsage;
    }
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    Result<ArticleScope> scope = context.scope(**library);
    if (!scope)
        return context.fail(scope.error());
    filter.scope = *scope;
    const Result<AnnotationSchema> schema = SchemaService(**library).schema();
    if (!schema)
        return context.fail(schema.error());
    for (QString& type : filter.relationTypes) {
        const RelationType* known = schema->relationType(type);
        if (!known)
            return context.fail(QStringLiteral("There is no relation type '%1'.").arg(type));
        type = known->code;
    }
    Result<EntityNetwork> network = EntityNetworkBuilder(**library).build(filter);
    if (!network)
        return context.fail(network.error());
    if (Status ok = writeGraphFile(*network, format, p.value(QStringLiteral("out"))); !ok)
        return context.fail(ok.error());
    context.err(QStringLiteral("%1 entities, %2 edges\n").arg(network->nodes.size()).arg(network->edges.size()));
    return Success;
}

} // namespace

const Command& graphCommand()
{
    static const Command command{
        u"graph",
        u"[--db PATH] --format graphml|gexf|dot --out PATH [--type RELATION_TYPE]... [--collection NAME] [--from "
        u"YYYY-MM-DD] [--to YYYY-MM-DD]",
        addOptions, run};
    return command;
}

} // namespace hamish::cli
