#include "layerfixture.h"

#include "annotations/annotationservice.h"
#include "annotations/schemastore.h"
#include "import/articleinput.h"
#include "import/importservice.h"
#include "storage/library.h"

namespace hamish::test {

qint64 importBody(Library& library, const QString& name, const QString& body)
{
    return ImportService(library).importInput(ArticleInput::memory(name, body.toUtf8())).added.value(0);
}

qint64 entityTypeId(Library& library, const QString& code)
{
    for (const EntityType& t : library.annotations().entityTypes().value()) {
        if (t.code == code)
            return t.id;
    }
    return 0;
}

qint64 relationTypeId(Library& library, const QString& code)
{
    for (const RelationType& t : SchemaStore(library.database()).relationTypes().value()) {
        if (t.code == code)
            return t.id;
    }
    return 0;
}

qint64 labelId(Library& library, const QString& code)
{
    for (const LabelSet& set : SchemaStore(library.database()).labelSets().value()) {
        for (const Label& l : set.labels) {
            if (l.code == code)
                return l.id;
        }
    }
    return 0;
}

qint64 tagFirst(Library& library, const QString& annotator, qint64 article, const QString& text, const QString& type)
{
    AnnotationDraft draft;
    draft.articleId = article;
    draft.kind = AnnotationKind::Entity;
    draft.entityTypeId = entityTypeId(library, type);
    const Result<Article> found = library.articles().article(article);
    if (!found)
        return 0;
    const QString body = found->body;
    draft.start = body.indexOf(text);
    draft.end = draft.start + text.size();
    if (draft.start < 0)
        return 0;
    const Result<Annotation> made = AnnotationService(library, annotator).create(draft);
    return made ? made->id : 0;
}

} // namespace hamish::test
