#include "annotations/annotationservice.h"

#include "annotations/annotationstore.h"
#include "annotations/schemastore.h"
#include "articles/publisheddate.h"
#include "dates/dateattributes.h"
#include "storage/library.h"
#include "text/offsets.h"

#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>

namespace hamish {

namespace {

// Where a prepared annotation lies, so a batch finds its own duplicates without comparing every pair.
struct SpanKey
{
    qint64 articleId;
    qint64 start;
    qint64 end;
    friend bool operator==(const SpanKey&, const SpanKey&) = default;
    friend size_t qHash(const SpanKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.articleId, key.start, key.end);
    }
};

} // namespace

AnnotationService::AnnotationService(Library& library, QString author, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_author(std::move(author))
{
    connect(&library, &Library::articleTextChanged, this, [this](const QList<qint64>& ids) {
        for (const qint64 id : ids) {
            m_bodies.remove(id);
            m_referenceDays.remove(id);
        }
    });
    // Another process may have given an article a new version.
    connect(&library, &Library::changedElsewhere, this, [this] {
        m_bodies.clear();
        m_referenceDays.clear();
    });
}

Result<QString> AnnotationService::bodyOf(qint64 articleId)
{
    if (const auto it = m_bodies.constFind(articleId); it != m_bodies.cend())
        return *it;
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return failure(article.error());
    if (m_bodies.size() >= 8) {
        m_bodies.clear();
        m_referenceDays.clear();
    }
    m_bodies.insert(articleId, article->body);
    m_referenceDays.insert(articleId, referenceDay(*article));
    return article->body;
}

Result<QList<FoundDate>> AnnotationService::findDates(qint64 articleId)
{
    Result<QString> body = bodyOf(articleId);
    if (!body)
        return failure(body.error());
    return DateParser(m_referenceDays.value(articleId), m_hijri).find(*body);
}

void AnnotationService::announceAdded(const QList<Annotation>& added)
{
    QHash<qint64, QList<Annotation>> byArticle;
    for (const Annotation& a : added)
        byArticle[a.articleId].append(a);
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
        emit annotationsAdded(it.key(), it.value());
        emit annotationsChanged(it.key());
    }
}

Result<Annotation> AnnotationService::prepare(const AnnotationDraft& draft, const QString& body)
{
    if (draft.start < 0 || draft.end > body.size() || draft.end <= draft.start)
        return failure(tr("The span %1–%2 is outside article %3, which has %4 UTF-16 units.")
                           .arg(draft.start)
                           .arg(draft.end)
                           .arg(draft.articleId)
                           .arg(body.size()));
    if (!isGraphemeBoundary(body, draft.start) || !isGraphemeBoundary(body, draft.end))
        return failure(
            tr("The span %1–%2 splits a character from its marks or an emoji.").arg(draft.start).arg(draft.end));
    Annotation a;
    a.articleId = draft.articleId;
    a.kind = draft.kind;
    a.start = draft.start;
    a.end = draft.end;
    a.quote = body.mid(draft.start, draft.end - draft.start);
    a.note = draft.note;
    a.extras = draft.extras;
    a.author = draft.author.isEmpty() ? m_author : draft.author;
    a.created = draft.created.isValid() ? draft.created : m_library.now();
    a.modified = draft.modified.isValid() ? draft.modified : a.created;
    switch (draft.kind) {
    case AnnotationKind::Entity: {
        Result<QList<EntityType>> types = m_library.annotations().entityTypes();
        if (!types)
            return failure(types.error());
        if (std::none_of(types->cbegin(), types->cend(),
                         [&](const EntityType& t) { return t.id == draft.entityTypeId; }))
            return failure(tr("There is no entity type %1.").arg(draft.entityTypeId));
        a.entityTypeId = draft.entityTypeId;
        a.entityId = draft.entityId;
        break;
    }
    case AnnotationKind::Highlight:
        if (!highlightColourNames().contains(draft.colour))
            return failure(tr("Unknown highlight colour '%1'; use one of %2.")
                               .arg(draft.colour, highlightColourNames().join(QStringLiteral(", "))));
        a.colour = draft.colour;
        break;
    case AnnotationKind::Note:
        if (draft.note.trimmed().isEmpty())
            return failure(tr("A note needs some text."));
        break;
    }
    return a;
}

Result<Annotation> AnnotationService::validate(const AnnotationDraft& draft, const QString& body)
{
    return prepare(draft, body);
}

void AnnotationService::announce(const QList<qint64>& articleIds)
{
    for (qint64 id : articleIds)
        emit annotationsChanged(id);
}

Result<Annotation> AnnotationService::create(const AnnotationDraft& draft)
{
    Result<QList<Annotation>> created = createMany({draft});
    if (!created)
        return failure(created.error());
    if (created->isEmpty())
        return failure(tr("An identical annotation already exists."));
    return created->first();
}

Result<QList<Annotation>> AnnotationService::createMany(const QList<AnnotationDraft>& drafts)
{
    // New DATE entities get the value their text reads as (issue 19).
    qint64 dateType = 0;
    if (std::any_of(drafts.cbegin(), drafts.cend(), [](const auto& d) { return d.kind == AnnotationKind::Entity; })) {
        Result<QList<EntityType>> types = m_library.annotations().entityTypes();
        if (!types)
            return failure(types.error());
        for (const EntityType& type : *types)
            if (type.code == QStringView(dateattributes::DateTypeCode))
                dateType = type.id;
    }
    QList<Annotation> prepared;
    QMultiHash<SpanKey, qsizetype> preparedAt;
    for (const AnnotationDraft& draft : drafts) {
        Result<QString> body = bodyOf(draft.articleId);
        if (!body)
            return failure(body.error());
        Result<Annotation> a = prepare(draft, *body);
        if (!a)
            return failure(a.error());
        if (dateType && a->entityTypeId == dateType)
            dateattributes::fill(*a, DateParser(m_referenceDays.value(draft.articleId), m_hijri));
        // Never an identical annotation twice: not one already stored, not one earlier in this batch.
        Result<QList<Annotation>> same = m_library.annotations().atSpan(draft.articleId, a->start, a->end);
        if (!same)
            return failure(same.error());
        const auto identical = [&](const Annotation& e) { return e.sameSpanAndMeaning(*a); };
        const SpanKey key{draft.articleId, a->start, a->end};
        const auto [earlier, last] = std::as_const(preparedAt).equal_range(key);
        if (std::any_of(same->cbegin(), same->cend(), identical)
            || std::any_of(earlier, last, [&](qsizetype i) { return identical(prepared.at(i)); }))
            continue;
        preparedAt.insert(key, prepared.size());
        prepared.append(*a);
    }
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (Annotation& a : prepared) {
            Result<qint64> id = m_library.annotations().insert(a);
            if (!id)
                return failure(id.error());
            a.id = *id;
        }
        return {};
    });
    if (!ok)
        return failure(ok.error());
    announceAdded(prepared);
    return prepared;
}

Status AnnotationService::restore(const QList<Annotation>& annotations)
{
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (const Annotation& a : annotations) {
            if (Result<qint64> id = m_library.annotations().insert(a); !id)
                return failure(id.error());
        }
        return {};
    });
    if (ok)
        announceAdded(annotations);
    return ok;
}

Status AnnotationService::remove(const QList<qint64>& ids)
{
    QList<Annotation> removed;
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (qint64 id : ids) {
            Result<Annotation> a = m_library.annotations().annotation(id);
            if (!a)
                return failure(a.error());
            if (Status gone = m_library.annotations().remove(id); !gone)
                return gone;
            removed.append(*a);
        }
        return {};
    });
    if (ok) {
        QHash<qint64, QList<qint64>> byArticle;
        for (const Annotation& a : removed)
            byArticle[a.articleId].append(a.id);
        for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
            emit annotationsRemoved(it.key(), it.value());
            emit annotationsChanged(it.key());
        }
    }
    return ok;
}

Result<Annotation> AnnotationService::update(const Annotation& changed)
{
    Result<Annotation> current = m_library.annotations().annotation(changed.id);
    if (!current)
        return failure(current.error());
    Result<QString> body = bodyOf(current->articleId);
    if (!body)
        return failure(body.error());
    AnnotationDraft draft{current->articleId,   changed.kind,   current->start, current->end,
                          changed.entityTypeId, changed.colour, changed.note,   changed.entityId};
    Result<Annotation> checked = prepare(draft, *body);
    if (!checked)
        return failure(checked.error());
    Annotation updated = *current;
    updated.kind = checked->kind;
    updated.entityTypeId = checked->entityTypeId;
    updated.colour = checked->colour;
    updated.note = checked->note;
    updated.entityId = checked->entityId;
    updated.modified = m_library.now();
    if (Status ok = inTransaction(m_library.database(), [&] { return m_library.annotations().update(updated); }); !ok)
        return failure(ok.error());
    emit annotationUpdated(updated);
    emit annotationsChanged(updated.articleId);
    return updated;
}

Result<Annotation> AnnotationService::annotation(qint64 id)
{
    return m_library.annotations().annotation(id);
}

Result<QList<Annotation>> AnnotationService::annotations(qint64 articleId)
{
    return m_library.annotations().forArticle(articleId);
}

Status AnnotationService::checkAttribute(const Annotation& annotation, const AnnotationSchema& schema,
                                         const QString& name, const QString& value)
{
    if (annotation.kind != AnnotationKind::Entity)
        return failure(tr("Only entity tags carry attributes; annotation %1 is not one.").arg(annotation.id));
    const AttributeDefinition* attribute = schema.attribute(annotation.entityTypeId, name);
    const EntityType* type = schema.entityType(annotation.entityTypeId);
    if (!attribute)
        return failure(tr("The type %1 has no attribute '%2'.").arg(type ? type->code : QString(), name));
    if (!attribute->accepts(value))
        return failure(
            attribute->kind == AttributeDefinition::Kind::Boolean
                ? tr("The attribute %1 takes true or false.").arg(name)
            : attribute->kind == AttributeDefinition::Kind::Choice
                ? tr("The attribute %1 takes one of: %2.").arg(name, attribute->choices.join(QStringLiteral(", ")))
                : tr("The attribute %1 needs some text.").arg(name));
    // A date's value is corrected by hand as ISO 8601 (issue 19).
    if (type && type->code == QStringView(dateattributes::DateTypeCode) && name == QStringView(dateattributes::Value)
        && !parseDateValue(value))
        return failure(tr("A date's value is a day, month, year or ISO week, or a range of them: 2015-07-23, "
                          "2015-07, 2015, 2015-W30, 2015-07-20/2015-07-26."));
    return {};
}

Result<Annotation> AnnotationService::setAttribute(qint64 annotationId, const QString& name, const QString& value)
{
    Result<Annotation> annotation = m_library.annotations().annotation(annotationId);
    if (!annotation)
        return annotation;
    Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
    if (!schema)
        return schema.problem();
    if (Status ok = checkAttribute(*annotation, *schema, name, value); !ok)
        return ok.problem();
    Status ok = inTransaction(m_library.database(),
                              [&] { return m_library.annotations().setAttribute(annotationId, name, value); });
    if (!ok)
        return ok.problem();
    annotation->attributes.insert(name, value);
    emit annotationUpdated(*annotation);
    emit annotationsChanged(annotation->articleId);
    return annotation;
}

Result<Annotation> AnnotationService::setAttributes(qint64 annotationId, const QMap<QString, QString>& values)
{
    Result<Annotation> annotation = m_library.annotations().annotation(annotationId);
    if (!annotation)
        return annotation;
    Result<AnnotationSchema> schema = SchemaStore(m_library.database()).load();
    if (!schema)
        return schema.problem();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (Status ok = checkAttribute(*annotation, *schema, it.key(), it.value()); !ok)
            return ok.problem();
    }
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (auto it = annotation->attributes.cbegin(); it != annotation->attributes.cend(); ++it) {
            if (!values.contains(it.key()))
                if (Status removed = m_library.annotations().removeAttribute(annotationId, it.key()); !removed)
                    return removed;
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (Status set = m_library.annotations().setAttribute(annotationId, it.key(), it.value()); !set)
                return set;
        }
        return {};
    });
    if (!ok)
        return ok.problem();
    annotation->attributes = values;
    emit annotationUpdated(*annotation);
    emit annotationsChanged(annotation->articleId);
    return annotation;
}

Result<Annotation> AnnotationService::unsetAttribute(qint64 annotationId, const QString& name)
{
    Result<Annotation> annotation = m_library.annotations().annotation(annotationId);
    if (!annotation)
        return annotation;
    if (!annotation->attributes.contains(name))
        return failure(tr("Annotation %1 has no value for '%2'.").arg(annotationId).arg(name));
    Status ok = inTransaction(m_library.database(),
                              [&] { return m_library.annotations().removeAttribute(annotationId, name); });
    if (!ok)
        return ok.problem();
    annotation->attributes.remove(name);
    emit annotationUpdated(*annotation);
    emit annotationsChanged(annotation->articleId);
    return annotation;
}

Result<QList<EntityType>> AnnotationService::entityTypes()
{
    return m_library.annotations().entityTypes();
}

Result<EntityType> AnnotationService::addEntityType(const QString& code, const QString& nameAr, const QString& nameEn,
                                                    const QString& colour)
{
    static const QRegularExpression validCode(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,31}$"));
    if (!validCode.match(code).hasMatch())
        return failure(tr("'%1' cannot be a type code: use Latin letters, digits, - and _.").arg(code));
    Result<QList<EntityType>> types = entityTypes();
    if (!types)
        return failure(types.error());
    EntityType type{0,
                    code,
                    nameAr.isEmpty() ? code : nameAr,
                    nameEn.isEmpty() ? code : nameEn,
                    colour.isEmpty() ? QStringLiteral("#808080") : colour,
                    int(types->size())};
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        Result<qint64> id = m_library.annotations().insertEntityType(type);
        if (!id)
            return failure(tr("The type %1 cannot be added: %2").arg(code, id.error()));
        type.id = *id;
        return {};
    });
    if (!ok)
        return failure(ok.error());
    emit entityTypesChanged();
    return type;
}

Status AnnotationService::updateEntityType(const EntityType& type)
{
    Status ok = inTransaction(m_library.database(), [&] { return m_library.annotations().updateEntityType(type); });
    if (ok)
        emit entityTypesChanged();
    return ok;
}

Status AnnotationService::moveEntityType(qint64 id, int position)
{
    Result<QList<EntityType>> types = entityTypes();
    if (!types)
        return failure(types.error());
    const auto it = std::find_if(types->begin(), types->end(), [&](const EntityType& t) { return t.id == id; });
    if (it == types->end())
        return failure(tr("There is no entity type %1.").arg(id));
    EntityType moved = *it;
    types->erase(it);
    types->insert(qBound(0, position, int(types->size())), moved);
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        for (int i = 0; i < types->size(); ++i) {
            (*types)[i].position = i;
            if (Status updated = m_library.annotations().updateEntityType(types->at(i)); !updated)
                return updated;
        }
        return {};
    });
    if (ok)
        emit entityTypesChanged();
    return ok;
}

Status AnnotationService::removeEntityType(qint64 id)
{
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        if (Status gone = m_library.annotations().removeEntityType(id); !gone)
            return failure(tr("The type cannot be removed while annotations use it (%1).").arg(gone.error()));
        return {};
    });
    if (ok)
        emit entityTypesChanged();
    return ok;
}

Result<QList<ArticleNote>> AnnotationService::articleNotes(qint64 articleId)
{
    return m_library.annotations().articleNotes(articleId);
}

Result<ArticleNote> AnnotationService::addArticleNote(qint64 articleId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return failure(tr("A note needs some text."));
    if (Result<QString> body = bodyOf(articleId); !body)
        return failure(body.error());
    ArticleNote note{0, articleId, text, m_author, m_library.now(), m_library.now()};
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        Result<qint64> id = m_library.annotations().insertArticleNote(note);
        if (!id)
            return failure(id.error());
        note.id = *id;
        return {};
    });
    if (!ok)
        return failure(ok.error());
    emit articleNotesChanged(articleId);
    return note;
}

Result<ArticleNote> AnnotationService::updateArticleNote(const ArticleNote& changed)
{
    ArticleNote note = changed;
    note.modified = m_library.now();
    if (Status ok =
            inTransaction(m_library.database(), [&] { return m_library.annotations().updateArticleNote(note); });
        !ok)
        return failure(ok.error());
    emit articleNotesChanged(note.articleId);
    return note;
}

Status AnnotationService::removeArticleNote(const ArticleNote& note)
{
    Status ok = inTransaction(m_library.database(), [&] { return m_library.annotations().removeArticleNote(note.id); });
    if (ok)
        emit articleNotesChanged(note.articleId);
    return ok;
}

Status AnnotationService::restoreArticleNote(const ArticleNote& note)
{
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        if (Result<qint64> id = m_library.annotations().insertArticleNote(note); !id)
            return failure(id.error());
        return {};
    });
    if (ok)
        emit articleNotesChanged(note.articleId);
    return ok;
}

} // namespace hamish
