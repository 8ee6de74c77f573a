#include "entities/entityregistry.h"

#include "entities/entitystore.h"
#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"

namespace hamish {

QString entityNameFor(const QString& quote)
{
    QString trimmed = quote.trimmed();
    const QList<WordSpan> words = findWords(trimmed);
    if (words.isEmpty())
        return trimmed;
    const WordSpan& first = words.first();
    const FoldedText folded = foldWithOrigins(QStringView(trimmed).sliced(first.start, first.end - first.start));
    for (const ProcliticReading& reading : procliticReadings(folded.text)) {
        if (!reading.stem.startsWith(QStringLiteral("ال")) || reading.stem.size() < 5)
            continue;
        QString name = trimmed.mid(first.start + folded.origin.at(reading.prefixLength));
        // لِ + ال drops the article's alef (للسعودية): write it back.
        if (!foldForSearch(name).startsWith(QStringLiteral("ال")))
            name.prepend(QChar(0x0627));
        return name;
    }
    return trimmed;
}

EntityRegistry::EntityRegistry(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

Result<QList<Entity>> EntityRegistry::entities()
{
    return EntityStore(m_library.database()).entities();
}

Result<Entity> EntityRegistry::entity(qint64 id)
{
    return EntityStore(m_library.database()).entity(id);
}

const Entity* findEntityNamed(const QList<Entity>& entities, const QString& name, qint64 typeId)
{
    const QString wanted = foldForSearch(name).simplified();
    for (const Entity& e : entities) {
        if (e.entityTypeId != typeId)
            continue;
        if (foldForSearch(e.name).simplified() == wanted)
            return &e;
        for (const QString& variant : e.variants) {
            if (foldForSearch(variant).simplified() == wanted)
                return &e;
        }
    }
    return nullptr;
}

Result<Entity> EntityRegistry::resolve(const QString& name, qint64 typeId)
{
    if (findWords(name).isEmpty())
        return failure(tr("An entity needs a name."));
    Result<QList<Entity>> all = entities();
    if (!all)
        return failure(all.error());
    if (const Entity* found = findEntityNamed(*all, name, typeId))
        return *found;
    Entity created;
    created.name = name.simplified();
    created.entityTypeId = typeId;
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        Result<qint64> id = EntityStore(m_library.database()).insert(created, m_library.now());
        if (!id)
            return failure(id.error());
        created.id = *id;
        return {};
    });
    if (!ok)
        return failure(ok.error());
    emit entitiesChanged();
    return created;
}

Status EntityRegistry::change(qint64 id, const std::function<void(Entity&)>& edit)
{
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        EntityStore store(m_library.database());
        Result<Entity> current = store.entity(id);
        if (!current)
            return failure(current.error());
        Entity changed = *current;
        edit(changed);
        if (changed.entityTypeId != current->entityTypeId) {
            if (Status retyped = store.retypeMentions(id, changed.entityTypeId); !retyped)
                return retyped;
        }
        return store.update(changed, m_library.now());
    });
    if (ok)
        emit entitiesChanged();
    return ok;
}

Status EntityRegistry::rename(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return failure(tr("An entity needs a name."));
    return change(id, [&](Entity& e) {
        if (!e.variants.contains(e.name))
            e.variants.append(e.name);
        e.variants.removeAll(name.trimmed());
        e.name = name.trimmed();
    });
}

Status EntityRegistry::retype(qint64 id, qint64 typeId)
{
    return change(id, [&](Entity& e) { e.entityTypeId = typeId; });
}

Status EntityRegistry::setVariants(qint64 id, const QStringList& variants)
{
    return change(id, [&](Entity& e) { e.variants = variants; });
}

Status EntityRegistry::setNote(qint64 id, const QString& note)
{
    return change(id, [&](Entity& e) { e.note = note; });
}

Status EntityRegistry::merge(qint64 into, const QList<qint64>& others)
{
    Status ok = inTransaction(m_library.database(), [&]() -> Status {
        EntityStore store(m_library.database());
        Result<Entity> target = store.entity(into);
        if (!target)
            return failure(target.error());
        for (qint64 other : others) {
            if (other == into)
                continue;
            Result<Entity> source = store.entity(other);
            if (!source)
                return failure(source.error());
            target->variants += source->variants;
            target->variants.append(source->name);
            if (Status moved = store.relink(other, into); !moved)
                return moved;
            if (Status retyped = store.retypeMentions(into, target->entityTypeId); !retyped)
                return retyped;
            if (Status removed = store.remove(other); !removed)
                return removed;
        }
        target->variants.removeDuplicates();
        target->variants.removeAll(target->name);
        return store.update(*target, m_library.now());
    });
    if (ok)
        emit entitiesChanged();
    return ok;
}

Result<QList<Annotation>> EntityRegistry::mentions(qint64 id)
{
    return EntityStore(m_library.database()).mentions(id);
}

Status EntityRegistry::rejectSuggestion(qint64 articleId, qint64 entityId, TextSpan span)
{
    Status ok = inTransaction(m_library.database(),
                              [&] { return EntityStore(m_library.database()).reject(articleId, entityId, span); });
    if (ok)
        emit suggestionRejected(articleId);
    return ok;
}

Result<QList<std::pair<qint64, TextSpan>>> EntityRegistry::rejectedSuggestions(qint64 articleId)
{
    return EntityStore(m_library.database()).rejected(articleId);
}

} // namespace hamish
