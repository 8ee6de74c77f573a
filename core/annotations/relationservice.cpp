#include "annotations/relationservice.h"

#include "annotations/relationstore.h"
#include "annotations/schemastore.h"
#include "storage/library.h"

namespace hamish {

RelationService::RelationService(Library& library, QString author, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_author(std::move(author))
{
}

Result<Relation> RelationService::validate(const RelationDraft& draft, const QList<Annotation>& articleAnnotations,
                                           const AnnotationSchema& schema, Check check)
{
    const auto find = [&](qint64 id) -> const Annotation* {
        for (const Annotation& a : articleAnnotations) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    };
    const Annotation* from = find(draft.fromId);
    const Annotation* to = find(draft.toId);
    if (!from || !to)
        return failure(tr("The two ends of a relation must be annotations of one article."));
    if (from->kind != AnnotationKind::Entity || to->kind != AnnotationKind::Entity)
        return failure(tr("Both ends of a relation must be entity tags (annotations %1 and %2).")
                           .arg(draft.fromId)
                           .arg(draft.toId));
    if (draft.fromId == draft.toId && check == Check::Strict)
        return failure(tr("A relation links two different entities."));
    const RelationType* type = schema.relationType(draft.typeId);
    if (!type)
        return failure(tr("There is no relation type %1.").arg(draft.typeId));
    const EntityType* fromType = schema.entityType(from->entityTypeId);
    const EntityType* toType = schema.entityType(to->entityTypeId);
    if (!fromType || !toType || (check == Check::Strict && !type->allows(fromType->code, toType->code)))
        return failure(tr("A relation %1 cannot go from %2 to %3 (it allows %4 to %5).")
                           .arg(type->code, fromType ? fromType->code : QString(), toType ? toType->code : QString(),
                                type->sourceTypes.isEmpty() ? tr("any type") : type->sourceTypes.join(u'/'),
                                type->targetTypes.isEmpty() ? tr("any type") : type->targetTypes.join(u'/')));
    Relation r;
    r.articleId = from->articleId;
    r.typeId = type->id;
    r.fromId = draft.fromId;
    r.toId = draft.toId;
    r.note = draft.note;
    r.extras = draft.extras;
    r.author = draft.author.isEmpty() ? m_author : draft.author;
    r.created = r.modified = m_library.now();
    return r;
}

Result<Relation> RelationService::create(const RelationDraft& draft)
{
    Result<Annotation> from = m_library.annotations().annotation(draft.fromId);
    if (!from)
        return failure(tr("There is no annotation %1.").arg(draft.fromId));
    Result<QList<Annotation>> annotations = m_library.annotations().forArticle(from->articleId);
    Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
    if (!annotations)
        return annotations.problem();
    if (!schema)
        return schema.problem();
    Result<Relation> relation = validate(draft, *annotations, *schema);
    if (!relation)
        return relation;
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        RelationStore store(m_library.database());
        Result<QList<Relation>> existing = store.touching({draft.fromId});
        if (!existing)
            return existing.problem();
        for (const Relation& e : *existing) {
            const bool same = e.typeId == relation->typeId
                              && ((e.fromId == relation->fromId && e.toId == relation->toId)
                                  || (!schema->relationType(e.typeId)->directed && e.fromId == relation->toId
                                      && e.toId == relation->fromId));
            if (same)
                return failure(tr("These two are linked by that relation already (relation %1).").arg(e.id));
        }
        Result<qint64> id = store.insert(*relation);
        if (!id)
            return id.problem();
        relation->id = *id;
        return {};
    });
    if (!ok)
        return ok.problem();
    emit relationsChanged(relation->articleId);
    return relation;
}

Status RelationService::remove(const QList<qint64>& ids)
{
    QList<qint64> articles;
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        RelationStore store(m_library.database());
        for (const qint64 id : ids) {
            Result<Relation> r = store.relation(id);
            if (!r)
                return r.problem();
            if (!articles.contains(r->articleId))
                articles.append(r->articleId);
            if (Status removed = store.remove(id); !removed)
                return removed;
        }
        return {};
    });
    if (ok) {
        for (const qint64 article : articles)
            emit relationsChanged(article);
    }
    return ok;
}

Status RelationService::restore(const QList<Relation>& relations)
{
    if (relations.isEmpty())
        return {};
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        RelationStore store(m_library.database());
        for (const Relation& r : relations) {
            if (Result<qint64> id = store.insert(r); !id)
                return id.problem();
        }
        return {};
    });
    if (ok) {
        QList<qint64> articles;
        for (const Relation& r : relations) {
            if (!articles.contains(r.articleId)) {
                articles.append(r.articleId);
                emit relationsChanged(r.articleId);
            }
        }
    }
    return ok;
}

Result<Relation> RelationService::update(const Relation& changed)
{
    Result<Relation> current = relation(changed.id);
    if (!current)
        return current;
    Relation updated = *current;
    updated.note = changed.note;
    if (changed.typeId != current->typeId) {
        Result<QList<Annotation>> annotations = m_library.annotations().forArticle(current->articleId);
        Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
        if (!annotations || !schema)
            return !annotations ? annotations.problem() : schema.problem();
        Result<Relation> checked =
            validate({current->fromId, current->toId, changed.typeId, changed.note, {}, {}}, *annotations, *schema);
        if (!checked)
            return checked;
        updated.typeId = changed.typeId;
    }
    updated.modified = m_library.now();
    Status ok =
        inTransaction(m_library.database(), [&] { return RelationStore(m_library.database()).update(updated); });
    if (!ok)
        return ok.problem();
    emit relationsChanged(updated.articleId);
    return updated;
}

Result<Relation> RelationService::relation(qint64 id)
{
    return RelationStore(m_library.database()).relation(id);
}

Result<QList<Relation>> RelationService::relations(qint64 articleId)
{
    return RelationStore(m_library.database()).forArticle(articleId);
}

Result<qint64> RelationService::count(qint64 articleId)
{
    return RelationStore(m_library.database()).count(articleId);
}

Result<QList<Relation>> RelationService::touching(const QList<qint64>& annotationIds)
{
    return RelationStore(m_library.database()).touching(annotationIds);
}

Result<QList<Event>> RelationService::events(qint64 articleId)
{
    return RelationStore(m_library.database()).events(articleId);
}

Status RelationService::setLabel(qint64 articleId, qint64 labelId)
{
    Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
    if (!schema)
        return schema.problem();
    const LabelSet* set = nullptr;
    for (const LabelSet& s : schema->labelSets) {
        for (const Label& l : s.labels) {
            if (l.id == labelId)
                set = &s;
        }
    }
    if (!set)
        return failure(tr("There is no label %1.").arg(labelId));
    if (Result<Article> article = m_library.articles().heading(articleId); !article)
        return article.problem();
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        RelationStore store(m_library.database());
        if (!set->multiple) {
            for (const Label& other : set->labels) {
                if (other.id != labelId)
                    if (Status removed = store.removeLabel(articleId, other.id, m_author); !removed)
                        return removed;
            }
        }
        return store.setLabel({articleId, labelId, m_author, m_library.now()});
    });
    if (ok)
        emit labelsChanged(articleId);
    return ok;
}

Status RelationService::unsetLabel(qint64 articleId, qint64 labelId)
{
    Status ok = inTransaction(m_library.database(), [&] {
        return RelationStore(m_library.database()).removeLabel(articleId, labelId, m_author);
    });
    if (ok)
        emit labelsChanged(articleId);
    return ok;
}

Result<QList<RelationRow>> RelationService::rows(qint64 articleId)
{
    return RelationStore(m_library.database()).rows(articleId);
}

Result<QList<ArticleLabel>> RelationService::labels(qint64 articleId)
{
    return RelationStore(m_library.database()).labels(articleId);
}

} // namespace hamish
