#include "annotations/annotationservice.h"
#include "annotatorname.h"
#include "cli/command.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "storage/library.h"
#include "text/offsets.h"

#include <QElapsedTimer>

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("article"), QStringLiteral("Tag in this article."), QStringLiteral("ID")},
        {QStringLiteral("all-articles"), QStringLiteral("Tag in the whole library.")},
        {QStringLiteral("text"), QStringLiteral("The name to find."), QStringLiteral("STRING")},
        {QStringLiteral("entity"), QStringLiteral("The entity type."), QStringLiteral("TYPE")},
        {QStringLiteral("dry-run"), QStringLiteral("Only print the matches.")},
    });
    Context::addCollectionOption(parser);
}

// Prints every match as ARTICLE, START, END (code points of the canonical body) and TEXT,
// then tags the matches not yet tagged and links them to the registry entity for the name.
int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    const bool all = p.isSet(QStringLiteral("all-articles"));
    qint64 articleId = 0;
    if (all == p.isSet(QStringLiteral("article"))
        || (!all && !Context::toId(p.value(QStringLiteral("article")), articleId))
        || p.value(QStringLiteral("text")).trimmed().isEmpty() || !p.isSet(QStringLiteral("entity"))
        || (!all && p.isSet(QStringLiteral("collection"))) || !p.positionalArguments().isEmpty())
        return BadUsage;

    Result<std::unique_ptr<Library>> library = context.openLibrary(!p.isSet(QStringLiteral("dry-run")));
    if (!library)
        return context.fail(library.error());
    AnnotationService annotations(**library, context.annotator());
    Result<QList<EntityType>> types = annotations.entityTypes();
    if (!types)
        return context.fail(types.error());
    const QString typeName = p.value(QStringLiteral("entity"));
    const auto type = std::find_if(types->cbegin(), types->cend(), [&](const EntityType& t) {
        return t.code.compare(typeName, Qt::CaseInsensitive) == 0
               || t.nameEn.compare(typeName, Qt::CaseInsensitive) == 0 || t.nameAr == typeName;
    });
    if (type == types->cend())
        return context.fail(QStringLiteral("There is no entity type '%1'.").arg(typeName));
    if (articleId > 0) {
        if (Result<Article> article = (*library)->articles().article(articleId); !article)
            return context.fail(article.error());
    }

    QElapsedTimer timer;
    timer.start();
    const QString name = p.value(QStringLiteral("text")).trimmed();
    Result<ArticleScope> scope = context.scope(**library);
    if (!scope)
        return context.fail(scope.error());
    Result<QList<MentionHit>> hits = MentionSearch(**library).findAll({name}, type->id, articleId, *scope);
    if (!hits)
        return context.fail(hits.error());
    QHash<qint64, QString> bodies;
    for (const MentionHit& hit : *hits) {
        if (!bodies.contains(hit.articleId))
            bodies.insert(hit.articleId, (*library)->articles().article(hit.articleId).value_or(Article{}).body);
        const QString& body = bodies[hit.articleId];
        context.out(QStringLiteral("%1\t%2\t%3\t%4\n")
                        .arg(hit.articleId)
                        .arg(codePointsFromUtf16(body, hit.span.start))
                        .arg(codePointsFromUtf16(body, hit.span.end))
                        .arg(field(hit.text)));
    }
    if (p.isSet(QStringLiteral("dry-run")) || hits->isEmpty())
        return Success;

    EntityRegistry registry(**library);
    Result<Entity> entity = registry.resolve(name, type->id);
    if (!entity)
        return context.fail(entity.error());
    QList<AnnotationDraft> drafts;
    for (const MentionHit& hit : *hits)
        drafts.append(
            {hit.articleId, AnnotationKind::Entity, hit.span.start, hit.span.end, type->id, {}, {}, entity->id});
    Result<QList<Annotation>> created = annotations.createMany(drafts);
    if (!created)
        return context.fail(created.error());
    context.err(QStringLiteral("tagged %1 new of %2 mentions in %3 ms\n")
                    .arg(created->size())
                    .arg(hits->size())
                    .arg(timer.elapsed()));
    return Success;
}

} // namespace

const Command& tagCommand()
{
    static const Command command{u"tag",
                                 u"[--db PATH] (--article ID | --all-articles [--collection NAME]) --text STRING "
                                 u"--entity TYPE [--dry-run] [--annotator NAME]",
                                 addOptions, run};
    return command;
}

} // namespace hamish::cli
