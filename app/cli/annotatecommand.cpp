#include "annotations/annotationservice.h"
#include "annotatorname.h"
#include "cli/command.h"
#include "storage/library.h"
#include "text/offsets.h"

namespace hamish::cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("article"), QStringLiteral("The article."), QStringLiteral("ID")},
        {QStringLiteral("start"), QStringLiteral("First code point of the span."), QStringLiteral("S")},
        {QStringLiteral("end"), QStringLiteral("Code point after the span."), QStringLiteral("E")},
        {QStringLiteral("entity"), QStringLiteral("Tag an entity of this type."), QStringLiteral("TYPE")},
        {QStringLiteral("highlight"), QStringLiteral("Highlight in this colour."), QStringLiteral("COLOUR")},
        {QStringLiteral("note-only"), QStringLiteral("Attach only a note.")},
        {QStringLiteral("note"), QStringLiteral("The note text."), QStringLiteral("TEXT")},
    });
}

// A type by its code, English or Arabic name, ignoring case.
const EntityType* findType(const QList<EntityType>& types, const QString& name)
{
    for (const EntityType& type : types) {
        for (const QString& candidate : {type.code, type.nameEn, type.nameAr}) {
            if (candidate.compare(name, Qt::CaseInsensitive) == 0)
                return &type;
        }
    }
    return nullptr;
}

int run(Context& context)
{
    QCommandLineParser& p = context.parser();
    const int kinds = int(p.isSet(QStringLiteral("entity"))) + int(p.isSet(QStringLiteral("highlight")))
                      + int(p.isSet(QStringLiteral("note-only")));
    qint64 articleId = 0, start = -1, end = -1;
    bool startOk = false, endOk = false;
    start = p.value(QStringLiteral("start")).toLongLong(&startOk);
    end = p.value(QStringLiteral("end")).toLongLong(&endOk);
    if (kinds != 1 || !Context::toId(p.value(QStringLiteral("article")), articleId) || !startOk || !endOk
        || !p.positionalArguments().isEmpty())
        return BadUsage;

    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    AnnotationService service(**library, context.annotator());
    Result<Article> article = (*library)->articles().article(articleId);
    if (!article)
        return context.fail(article.error());

    AnnotationDraft draft;
    draft.articleId = articleId;
    draft.note = p.value(QStringLiteral("note"));
    draft.start = utf16FromCodePoints(article->body, start);
    draft.end = utf16FromCodePoints(article->body, end);
    if (start < 0 || draft.start < 0 || draft.end < 0 || end <= start)
        return context.fail(QStringLiteral("The span %1–%2 is outside article %3, which has %4 code points.")
                                .arg(start)
                                .arg(end)
                                .arg(articleId)
                                .arg(codePointsFromUtf16(article->body, article->body.size())));
    if (!isGraphemeBoundary(article->body, draft.start) || !isGraphemeBoundary(article->body, draft.end))
        return context.fail(
            QStringLiteral("The span %1–%2 splits a character from its marks or an emoji.").arg(start).arg(end));
    if (p.isSet(QStringLiteral("entity"))) {
        Result<QList<EntityType>> types = service.entityTypes();
        if (!types)
            return context.fail(types.error());
        const EntityType* type = findType(*types, p.value(QStringLiteral("entity")));
        if (!type)
            return context.fail(QStringLiteral("There is no entity type '%1'.").arg(p.value(QStringLiteral("entity"))));
        draft.kind = AnnotationKind::Entity;
        draft.entityTypeId = type->id;
    } else if (p.isSet(QStringLiteral("highlight"))) {
        draft.kind = AnnotationKind::Highlight;
        draft.colour = p.value(QStringLiteral("highlight")).toLower();
    } else {
        draft.kind = AnnotationKind::Note;
    }
    Result<Annotation> created = service.create(draft);
    if (!created)
        return context.fail(created.error());
    context.out(QString::number(created->id) + u'\n');
    return Success;
}

} // namespace

const Command& annotateCommand()
{
    static const Command command{u"annotate",
                                 u"[--db PATH] --article ID --start S --end E (--entity TYPE | --highlight COLOUR | "
                                 u"--note-only) [--note TEXT] [--annotator NAME]",
                                 addOptions, run};
    return command;
}

} // namespace hamish::cli
