#include "articles/collectionservice.h"

#include "storage/collectionstore.h"
#include "storage/library.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace hamish {

CollectionService::CollectionService(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

Result<QList<Collection>> CollectionService::collections()
{
    Result<QList<Collection>> all = CollectionStore(m_library.database()).all();
    if (!all)
        return all;
    // Names sort the way a reader expects, Arabic and Latin alike.
    QCollator collator{QLocale(QLocale::Arabic)};
    std::sort(all->begin(), all->end(),
              [&](const Collection& a, const Collection& b) { return collator.compare(a.name, b.name) < 0; });
    return all;
}

Result<Collection> CollectionService::collection(const QString& name)
{
    Result<QList<Collection>> all = collections();
    if (!all)
        return all.problem();
    for (const Collection& c : *all) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return failure(tr("There is no collection named «%1».").arg(name));
}

Result<Collection> CollectionService::collection(qint64 id)
{
    Result<QList<Collection>> all = collections();
    if (!all)
        return all.problem();
    for (const Collection& c : *all) {
        if (c.id == id)
            return c;
    }
    return failure(tr("There is no collection %1.").arg(id));
}

Status CollectionService::checkName(const QString& name, qint64 except)
{
    if (name.trimmed().isEmpty())
        return failure(tr("A collection needs a name."));
    Result<Collection> same = collection(name);
    if (same && same->id != except)
        return failure(tr("There is a collection named «%1» already.").arg(same->name));
    return {};
}

Status CollectionService::checkArticles(const QList<qint64>& articles)
{
    if (articles.isEmpty())
        return failure(tr("No article was given."));
    Result<QList<qint64>> unknown = m_library.articles().unknown(articles);
    if (!unknown)
        return unknown.problem();
    if (!unknown->isEmpty())
        return failure(tr("There is no article %1; nothing was changed.").arg(unknown->first()));
    return {};
}

Status CollectionService::write(const std::function<Status(CollectionStore&)>& change)
{
    Status ok = inTransaction(m_library.database(), [&] {
        CollectionStore store(m_library.database());
        return change(store);
    });
    if (ok)
        emit collectionsChanged();
    return ok;
}

Result<Collection> CollectionService::create(const QString& name)
{
    if (Status ok = checkName(name, 0); !ok)
        return ok.problem();
    Collection created{0, name.trimmed(), {}};
    Status ok = write([&](CollectionStore& store) -> Status {
        Result<qint64> id = store.insert(created, m_library.now());
        if (!id)
            return id.problem();
        created.id = *id;
        return {};
    });
    if (!ok)
        return ok.problem();
    return created;
}

Status CollectionService::rename(qint64 id, const QString& name)
{
    if (Result<Collection> known = collection(id); !known)
        return known.problem();
    if (Status ok = checkName(name, id); !ok)
        return ok;
    return write([&](CollectionStore& store) { return store.rename(id, name.trimmed()); });
}

Status CollectionService::remove(qint64 id)
{
    if (Result<Collection> known = collection(id); !known)
        return known.problem();
    return write([&](CollectionStore& store) { return store.remove(id); });
}

Status CollectionService::restore(const Collection& collection)
{
    if (Status ok = checkName(collection.name, 0); !ok)
        return ok;
    return write([&](CollectionStore& store) -> Status {
        Result<qint64> id = store.insert(collection, m_library.now());
        return id ? Status() : id.problem();
    });
}

Status CollectionService::add(qint64 id, const QList<qint64>& articles)
{
    if (Result<Collection> known = collection(id); !known)
        return known.problem();
    if (Status ok = checkArticles(articles); !ok)
        return ok;
    return write([&](CollectionStore& store) -> Status {
        for (const qint64 article : articles) {
            if (Status added = store.addMember(id, article); !added)
                return added;
        }
        return {};
    });
}

Status CollectionService::removeArticles(qint64 id, const QList<qint64>& articles)
{
    if (Result<Collection> known = collection(id); !known)
        return known.problem();
    if (Status ok = checkArticles(articles); !ok)
        return ok;
    return write([&](CollectionStore& store) -> Status {
        for (const qint64 article : articles) {
            if (Status removed = store.removeMember(id, article); !removed)
                return removed;
        }
        return {};
    });
}

} // namespace hamish
