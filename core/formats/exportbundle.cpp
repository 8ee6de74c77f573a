#include "formats/exportbundle.h"

#include "entities/entitystore.h"
#include "storage/library.h"

namespace hamish {

void ExportDocument::indexCodePoints()
{
    const QString& body = article.body;
    m_codePoints.resize(body.size() + 1);
    qsizetype points = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        m_codePoints[i] = points;
        if (!(body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate()))
            ++points;
    }
    m_codePoints[body.size()] = points;
}

Result<ExportBundle> loadExportBundle(Library& library, const QList<qint64>& articleIds)
{
    ExportBundle bundle;
    Result<QList<EntityType>> types = library.annotations().entityTypes();
    if (!types)
        return failure(types.error());
    bundle.types = *types;
    for (const EntityType& type : bundle.types)
        bundle.typesById.insert(type.id, type);
    Result<QList<Entity>> entities = EntityStore(library.database()).entities();
    if (!entities)
        return failure(entities.error());
    for (const Entity& e : *entities)
        bundle.entityNames.insert(e.id, e.name);

    QList<qint64> ids = articleIds;
    if (ids.isEmpty()) {
        Result<QList<ArticleSummary>> all = library.articles().summaries();
        if (!all)
            return failure(all.error());
        for (const ArticleSummary& s : *all)
            ids.append(s.id);
    }
    // One query for every annotation, grouped by article.
    Result<QList<Annotation>> annotations = library.annotations().forArticle(ids.size() == 1 ? ids.first() : 0);
    if (!annotations)
        return failure(annotations.error());
    QHash<qint64, QList<Annotation>> byArticle;
    for (const Annotation& a : *annotations)
        byArticle[a.articleId].append(a);
    for (qint64 id : ids) {
        Result<Article> article = library.articles().article(id);
        if (!article)
            return failure(article.error());
        Result<QList<ArticleNote>> notes = library.annotations().articleNotes(id);
        if (!notes)
            return failure(notes.error());
        ExportDocument document;
        document.article = *article;
        document.annotations = byArticle.value(id);
        document.notes = *notes;
        document.indexCodePoints();
        bundle.documents.append(std::move(document));
    }
    return bundle;
}

} // namespace hamish
