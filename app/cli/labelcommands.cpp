#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "annotatorname.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// attribute, label, labels and schema.
namespace hamish::cli {

namespace {

void addAttributeOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("annotation"), QStringLiteral("The entity annotation."), QStringLiteral("ID")},
        {QStringLiteral("name"), QStringLiteral("The attribute."), QStringLiteral("NAME")},
        {QStringLiteral("value"), QStringLiteral("Its value (true or false for a flag)."), QStringLiteral("VALUE")},
        {QStringLiteral("unset"), QStringLiteral("Remove the value.")},
    });
}

int runAttribute(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 id = 0;
    if (!Context::toId(p.value(QStringLiteral("annotation")), id) || p.value(QStringLiteral("name")).isEmpty()
        || p.isSet(QStringLiteral("value")) == p.isSet(QStringLiteral("unset")) || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    AnnotationService annotations(**library, context.annotator());
    const QString name = p.value(QStringLiteral("name"));
    const Result<Annotation> changed = p.isSet(QStringLiteral("unset"))
                                           ? annotations.unsetAttribute(id, name)
                                           : annotations.setAttribute(id, name, p.value(QStringLiteral("value")));
    return changed ? Success : context.fail(changed.error());
}

void addLabelOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("article"), QStringLiteral("The article."), QStringLiteral("ID")},
        {QStringLiteral("set"), QStringLiteral("Set the label LABEL of the set SET."), QStringLiteral("SET=LABEL")},
        {QStringLiteral("unset"), QStringLiteral("Take the label off."), QStringLiteral("SET=LABEL")},
    });
}

// SET=LABEL to the label it names, or a failure that says which part is unknown.
Result<const Label*> labelNamed(const AnnotationSchema& schema, const QString& text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return failure(QStringLiteral("'%1' is not SET=LABEL.").arg(text));
    const LabelSet* set = schema.labelSet(text.left(equals));
    if (!set)
        return failure(QStringLiteral("There is no label set '%1'.").arg(text.left(equals)));
    const Label* label = set->label(text.mid(equals + 1));
    if (!label)
        return failure(QStringLiteral("The set %1 has no label '%2'.").arg(set->code, text.mid(equals + 1)));
    return label;
}

int runLabel(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 article = 0;
    const bool set = p.isSet(QStringLiteral("set"));
    if (!Context::toId(p.value(QStringLiteral("article")), article) || set == p.isSet(QStringLiteral("unset"))
        || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    Result<AnnotationSchema> schema = SchemaService(**library).schema();
    if (!schema)
        return context.fail(schema.error());
    Result<const Label*> label = labelNamed(*schema, p.value(set ? QStringLiteral("set") : QStringLiteral("unset")));
    if (!label)
        return context.fail(label.error());
    RelationService labels(**library, context.annotator());
    const Status ok = set ? labels.setLabel(article, (*label)->id) : labels.unsetLabel(article, (*label)->id);
    return ok ? Success : context.fail(ok.error());
}

void addLabelsOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorFilter(parser);
    parser.addOption({QStringLiteral("article"), QStringLiteral("Only this article."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

int runLabels(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 article = 0;
    if (!p.positionalArguments().isEmpty()
        || (p.isSet(QStringLiteral("article")) && !Context::toId(p.value(QStringLiteral("article")), article)))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    Result<AnnotationSchema> schema = SchemaService(**library).schema();
    Result<QList<ArticleLabel>> labels = RelationService(**library).labels(article);
    if (!schema || !labels)
        return context.fail(!schema ? schema.error() : labels.error());
    QHash<qint64, std::pair<QString, QString>> names; // label id → set code, label code
    for (const LabelSet& set : schema->labelSets)
        for (const Label& label : set.labels)
            names.insert(label.id, {set.code, label.code});
    QJsonArray array;
    for (const ArticleLabel& l : *labels) {
        if (!context.showsAnnotator(l.author))
            continue;
        const auto [set, label] = names.value(l.labelId);
        if (p.isSet(QStringLiteral("json")))
            array.append(QJsonObject{{QStringLiteral("article"), l.articleId},
                                     {QStringLiteral("set"), set},
                                     {QStringLiteral("label"), label},
                                     {QStringLiteral("author"), l.author}});
        else
            context.out(QStringLiteral("%1\t%2\t%3\n").arg(l.articleId).arg(set, label));
    }
    if (p.isSet(QStringLiteral("json")))
        context.outJson(array);
    return Success;
}

void addSchemaOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the schema as JSON.")});
    parser.addOption(
        {QStringLiteral("apply"), QStringLiteral("Add and update from a schema file."), QStringLiteral("FILE")});
}

int runSchema(Context& context)
{
    QCommandLineParser& p = context.parser();
    if (!p.positionalArguments().isEmpty() || (p.isSet(QStringLiteral("apply")) && p.isSet(QStringLiteral("json"))))
        return BadUsage;
    const bool applying = p.isSet(QStringLiteral("apply"));
    Result<std::unique_ptr<Library>> library = context.openLibrary(applying);
    if (!library)
        return context.fail(library.error());
    SchemaService schemas(**library);
    if (applying) {
        QFile file(p.value(QStringLiteral("apply")));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QStringLiteral("%1: cannot read it (%2).").arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return context.fail(QStringLiteral("%1: not a schema (%2).").arg(file.fileName(), error.errorString()));
        Result<AnnotationSchema> incoming = SchemaService::fromJson(json.object());
        if (!incoming)
            return context.fail(failureIn(file.fileName(), incoming.error()).text());
        QStringList changes;
        if (Status ok = schemas.apply(*incoming, &changes); !ok)
            return context.fail(failureIn(file.fileName(), ok.error()).text());
        for (const QString& change : changes)
            context.err(change + u'\n');
        return Success;
    }
    Result<AnnotationSchema> schema = schemas.schema();
    if (!schema)
        return context.fail(schema.error());
    if (p.isSet(QStringLiteral("json"))) {
        context.out(QString::fromUtf8(QJsonDocument(SchemaService::toJson(*schema)).toJson(QJsonDocument::Indented)));
        return Success;
    }
    for (const EntityType& t : schema->entityTypes) {
        context.out(QStringLiteral("entity\t%1\t%2\t%3\t%4\n").arg(t.code, field(t.nameAr), field(t.nameEn), t.colour));
        for (const AttributeDefinition& a : schema->attributesOf(t.id))
            context.out(QStringLiteral("attribute\t%1\t%2\t%3\t%4\n")
                            .arg(t.code, a.name, attributeKindName(a.kind), a.choices.join(u'|')));
    }
    for (const RelationType& t : schema->relationTypes)
        context.out(QStringLiteral("relation\t%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                        .arg(t.code, field(t.nameAr), field(t.nameEn), t.colour,
                             t.directed ? QStringLiteral("directed") : QStringLiteral("symmetric"),
                             t.sourceTypes.join(u'|'), t.targetTypes.join(u'|')));
    for (const LabelSet& set : schema->labelSets) {
        QStringList labels;
        for (const Label& l : set.labels)
            labels.append(l.code);
        context.out(QStringLiteral("labels\t%1\t%2\t%3\t%4\t%5\n")
                        .arg(set.code, field(set.nameAr), field(set.nameEn),
                             set.multiple ? QStringLiteral("multiple") : QStringLiteral("single"), labels.join(u'|')));
    }
    return Success;
}

} // namespace

const Command& attributeCommand()
{
    static const Command command{
        u"attribute", u"[--db PATH] --annotation ID --name NAME (--value VALUE | --unset) [--annotator NAME]",
        addAttributeOptions, runAttribute};
    return command;
}

const Command& labelCommand()
{
    static const Command command{u"label",
                                 u"[--db PATH] --article ID (--set SET=LABEL | --unset SET=LABEL) [--annotator NAME]",
                                 addLabelOptions, runLabel};
    return command;
}

const Command& labelsCommand()
{
    static const Command command{u"labels", u"[--db PATH] [--article ID] [--annotator NAME]... [--json]",
                                 addLabelsOptions, runLabels};
    return command;
}

const Command& schemaCommand()
{
    static const Command command{u"schema", u"[--db PATH] [--json | --apply FILE]", addSchemaOptions, runSchema};
    return command;
}

} // namespace hamish::cli
