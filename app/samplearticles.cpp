#include "samplearticles.h"

#include "annotations/annotationservice.h"
#include "entities/entityregistry.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "jobs/jobcontrol.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace hamish {

namespace {

struct ExampleTag
{
    const char16_t* quote;
    const char16_t* typeCode; // empty: a highlight
    const char* note;
};

// On the first sample, the book fair in Muscat.
const ExampleTag Examples[] = {
    {u"أحمد بن سعيد الرواحي", u"PER", nullptr},
    {u"مسقط", u"LOC", nullptr},
    {u"وزارة الشؤون الثقافية التونسية", u"ORG", nullptr},
    {u"UNESCO", u"ORG", nullptr},
    {u"بلغ نحو ٦٠٠ ألف زائر", u"",
     QT_TRANSLATE_NOOP("SampleArticles", "An example note: select text, press N, and write.")},
};

Status annotateFirstSample(qint64 article, AnnotationService& annotations, EntityRegistry& registry,
                           const QString& body)
{
    const QList<EntityType> types = annotations.entityTypes().value_or(QList<EntityType>());
    QList<AnnotationDraft> drafts;
    for (const ExampleTag& example : Examples) {
        const QString quote = QString::fromUtf16(example.quote);
        const qsizetype at = body.indexOf(quote);
        if (at < 0)
            return failure(QStringLiteral("The sample lacks «%1».").arg(quote));
        AnnotationDraft draft;
        draft.articleId = article;
        draft.author = QStringLiteral("Hamish");
        draft.start = at;
        draft.end = at + quote.size();
        const QString code = QString::fromUtf16(example.typeCode);
        if (code.isEmpty()) {
            draft.kind = AnnotationKind::Highlight;
            draft.colour = QStringLiteral("yellow");
        } else {
            const auto type =
                std::find_if(types.cbegin(), types.cend(), [&](const EntityType& t) { return t.code == code; });
            if (type == types.cend())
                continue;
            draft.kind = AnnotationKind::Entity;
            draft.entityTypeId = type->id;
            if (Result<Entity> entity = registry.resolve(quote, type->id); entity)
                draft.entityId = entity->id;
        }
        if (example.note)
            draft.note = QCoreApplication::translate("SampleArticles", example.note);
        drafts.append(draft);
    }
    if (Result<QList<Annotation>> made = annotations.createMany(drafts); !made)
        return made.problem();
    const Result<ArticleNote> note = annotations.addArticleNote(
        article, QCoreApplication::translate("SampleArticles",
                                             "A note on the whole article. Select text and press 1–9 to tag an "
                                             "entity, H to highlight, N for a note."));
    return note ? Status() : note.problem();
}

} // namespace

Status importSampleArticles(ImportService& importer, AnnotationService& annotations, EntityRegistry& registry)
{
    const QStringList names = QDir(QStringLiteral(":/samples")).entryList(QDir::Files, QDir::Name);
    qint64 first = 0;
    for (const QString& name : names) {
        QFile file(QStringLiteral(":/samples/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return failure(file.errorString());
        const FileReport report =
            importer.importInput(ArticleInput::memory(QStringLiteral("sample:") + name, file.readAll()), {}, {});
        if (!report.succeeded())
            return failure(report.error);
        if (first == 0 && !report.added.isEmpty())
            first = report.added.first();
    }
    if (first == 0)
        return {};
    const Result<Article> article = importer.library().articles().article(first);
    if (!article)
        return article.problem();
    return annotateFirstSample(first, annotations, registry, article->body);
}

} // namespace hamish
