#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "annotatorname.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// relate, relations and unrelate.
namespace hamish::cli {

namespace {

void addRelateOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("The annotation the relation starts at."),
         QStringLiteral("ANNOTATION")},
        {QStringLiteral("to"), QStringLiteral("The annotation it goes to."), QStringLiteral("ANNOTATION")},
        {QStringLiteral("type"), QStringLiteral("The relation type (code or name)."), QStringLiteral("TYPE")},
        {QStringLiteral("note"), QStringLiteral("A note on the relation."), QStringLiteral("TEXT")},
    });
}

int runRelate(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 from = 0, to = 0;
    if (!Context::toId(p.value(QStringLiteral("from")), from) || !Context::toId(p.value(QStringLiteral("to")), to)
        || p.value(QStringLiteral("type")).isEmpty() || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    Result<AnnotationSchema> schema = SchemaService(**library).schema();
    if (!schema)
        return context.fail(schema.error());
    const RelationType* type = schema->relationType(p.value(QStringLiteral("type")));
    if (!type)
        return context.fail(QStringLiteral("There is no relation type '%1'.").arg(p.value(QStringLiteral("type"))));
    RelationService relations(**library, context.annotator());
    Result<Relation> created = relations.create({from, to, type->id, p.value(QStringLiteral("note")), {}, {}});
    if (!created)
        return context.fail(created.error());
    context.out(QString::number(created->id) + u'\n');
    return Success;
}

void addRelationsOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorFilter(parser);
    parser.addOption({QStringLiteral("article"), QStringLiteral("Only this article."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

int runRelations(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 articleId = 0;
    if (!p.positionalArguments().isEmpty()
        || (p.isSet(QStringLiteral("article")) && !Context::toId(p.value(QStringLiteral("article")), articleId)))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    if (articleId > 0)
        if (Result<Article> article = (*library)->articles().heading(articleId); !article)
            return context.fail(article.error());
    Result<QList<Relation>> relations = RelationService(**library).relations(articleId);
    Result<AnnotationSchema> schema = SchemaService(**library).schema();
    Result<QList<Annotation>> annotations = (*library)->annotations().forArticle(articleId);
    if (!relations || !schema || !annotations)
        return context.fail(!relations ? relations.error() : !schema ? schema.error() : annotations.error());
    QHash<qint64, QString> quotes;
    for (const Annotation& a : *annotations)
        quotes.insert(a.id, a.quote);
    const bool json = p.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const Relation& r : *relations) {
        if (!context.showsAnnotator(r.author))
            continue;
        const RelationType* type = schema->relationType(r.typeId);
        const QString code = type ? type->code : QString();
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("article"), r.articleId},
                                     {QStringLiteral("type"), code},
                                     {QStringLiteral("from"), r.fromId},
                                     {QStringLiteral("to"), r.toId},
                                     {QStringLiteral("note"), r.note},
                                     {QStringLiteral("author"), r.author},
                                     {QStringLiteral("created"), r.created.toString(Qt::ISODateWithMs)}});
            continue;
        }
        context.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                        .arg(r.id)
                        .arg(r.articleId)
                        .arg(code)
                        .arg(r.fromId)
                        .arg(r.toId)
                        .arg(field(quotes.value(r.fromId)), field(quotes.value(r.toId)), field(r.note)));
    }
    if (json)
        context.outJson(array);
    return Success;
}

void addUnrelateOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The relation."));
}

int runUnrelate(Context& context)
{
    QList<qint64> ids;
    if (!context.positionalIds(ids) || ids.size() != 1)
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    const Status ok = RelationService(**library).remove(ids);
    return ok ? Success : context.fail(ok.error());
}

} // namespace

const Command& relateCommand()
{
    static const Command command{
        u"relate", u"[--db PATH] --from ANNOTATION --to ANNOTATION --type TYPE [--note TEXT] [--annotator NAME]",
        addRelateOptions, runRelate};
    return command;
}

const Command& relationsCommand()
{
    static const Command command{u"relations", u"[--db PATH] [--article ID] [--annotator NAME]... [--json]",
                                 addRelationsOptions, runRelations};
    return command;
}

const Command& unrelateCommand()
{
    static const Command command{u"unrelate", u"[--db PATH] ID", addUnrelateOptions, runUnrelate};
    return command;
}

} // namespace hamish::cli
