#include "annotations/annotationservice.h"
#include "cli/command.h"
#include "storage/library.h"
#include "text/offsets.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorFilter(parser);
    parser.addOption({QStringLiteral("article"), QStringLiteral("Only this article."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

QJsonObject attributesOf(const Annotation& a)
{
    QJsonObject attributes;
    for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
        // Flags read as JSON booleans; other values as their text.
        if (it.value() == u"true" || it.value() == u"false")
            attributes.insert(it.key(), it.value() == u"true");
        else
            attributes.insert(it.key(), it.value());
    }
    return attributes;
}

// Offsets are printed in code points of the canonical body.
int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 articleId = 0;
    if (!p.positionalArguments().isEmpty()
        || (p.isSet(QStringLiteral("article")) && !Context::toId(p.value(QStringLiteral("article")), articleId)))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    if (articleId > 0) {
        if (Result<Article> article = (*library)->articles().article(articleId); !article)
            return context.fail(article.error());
    }
    Result<QList<Annotation>> annotations = (*library)->annotations().forArticle(articleId);
    Result<QList<EntityType>> types = (*library)->annotations().entityTypes();
    if (!annotations || !types)
        return context.fail(!annotations ? annotations.error() : types.error());
    QHash<qint64, QString> typeCodes;
    for (const EntityType& type : *types)
        typeCodes.insert(type.id, type.code);
    QHash<qint64, QString> bodies;
    const auto codePoints = [&](const Annotation& a, qsizetype utf16) {
        if (!bodies.contains(a.articleId))
            bodies.insert(a.articleId, (*library)->articles().article(a.articleId).value_or(Article{}).body);
        return codePointsFromUtf16(bodies.value(a.articleId), utf16);
    };

    const bool json = p.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const Annotation& a : *annotations) {
        if (!context.showsAnnotator(a.author))
            continue;
        const QString type = a.kind == AnnotationKind::Entity ? typeCodes.value(a.entityTypeId) : QString();
        const qint64 start = codePoints(a, a.start);
        const qint64 end = start + codePointsFromUtf16(a.quote, a.quote.size());
        if (json) {
            array.append(
                QJsonObject{{QStringLiteral("id"), a.id},
                            {QStringLiteral("article"), a.articleId},
                            {QStringLiteral("kind"), kindName(a.kind)},
                            {QStringLiteral("type"), type.isEmpty() ? QJsonValue() : QJsonValue(type)},
                            {QStringLiteral("colour"), a.colour.isEmpty() ? QJsonValue() : QJsonValue(a.colour)},
                            {QStringLiteral("start"), start},
                            {QStringLiteral("end"), end},
                            {QStringLiteral("quote"), a.quote},
                            {QStringLiteral("note"), a.note},
                            {QStringLiteral("author"), a.author},
                            {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("modified"), a.modified.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("attributes"), attributesOf(a)}});
        } else {
            context.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                            .arg(a.id)
                            .arg(a.articleId)
                            .arg(kindName(a.kind), type.isEmpty() ? a.colour : type)
                            .arg(start)
                            .arg(end)
                            .arg(field(a.quote), field(a.note)));
        }
    }
    if (json)
        context.outJson(array);
    return Success;
}

} // namespace

const Command& annotationsCommand()
{
    static const Command command{u"annotations", u"[--db PATH] [--article ID] [--annotator NAME]... [--json]",
                                 addOptions, run};
    return command;
}

} // namespace hamish::cli
