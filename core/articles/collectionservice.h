#pragma once

#include "articles/collection.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace hamish {

class CollectionStore;
class Library;

// Named collections of articles, as a core workflow: every change is checked (unknown names or
// ids change nothing), committed in one transaction, then announced.
class CollectionService final : public QObject
{
    Q_OBJECT

public:
    explicit CollectionService(Library& library, QObject* parent = nullptr);

    Result<QList<Collection>> collections();
    // The collection of that name (names are compared without regard to Latin case).
    Result<Collection> collection(const QString& name);
    Result<Collection> collection(qint64 id);

    Result<Collection> create(const QString& name);
    Status rename(qint64 id, const QString& name);
    // Deletes the collection; its articles stay in the library.
    Status remove(qint64 id);
    // Puts a deleted collection back with its id and members (undo).
    Status restore(const Collection& collection);
    Status add(qint64 id, const QList<qint64>& articles);
    Status removeArticles(qint64 id, const QList<qint64>& articles);

signals:
    void collectionsChanged();

private:
    // Runs a change in one transaction and announces it.
    Status write(const std::function<Status(CollectionStore&)>& change);
    Status checkName(const QString& name, qint64 except);
    Status checkArticles(const QList<qint64>& articles);

    Library& m_library;
};

} // namespace hamish
