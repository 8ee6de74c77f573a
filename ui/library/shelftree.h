#pragma once

#include "library/libraryfilterproxy.h"

#include <QTreeWidget>

namespace hamish {

class ArticleService;
class CollectionService;
class Library;

// The shelves above the library list: the whole library, each collection, and the Trash, with
// their article counts. Choosing one shows its articles; articles dragged from the list onto a
// collection join it, onto the Trash go there.
class ShelfTree final : public QTreeWidget
{
    Q_OBJECT

public:
    ShelfTree(Library& library, CollectionService& collections, QWidget* parent = nullptr);

    Shelf currentShelf() const;
    // Selects the shelf of that kind (and collection); the library when there is none.
    void selectShelf(Shelf::Kind kind, qint64 collectionId = 0);
    // The collection item under a point, for the context menu; 0 when none.
    qint64 collectionAt(const QPoint& pos) const;
    bool isTrashAt(const QPoint& pos) const;

public slots:
    // Reads the counts and the collections again, keeping the current shelf.
    void refresh();

signals:
    void shelfChosen(const hamish::Shelf& shelf);
    void articlesDroppedOnCollection(qint64 collectionId, const QList<qint64>& ids);
    void articlesDroppedOnTrash(const QList<qint64>& ids);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum Role { KindRole = Qt::UserRole + 1, CollectionRole };
    QTreeWidgetItem* dropTarget(const QPoint& pos) const;
    void announce();

    Library& m_library;
    CollectionService& m_collections;
    QTreeWidgetItem* m_libraryItem;
    QTreeWidgetItem* m_collectionsItem;
    QTreeWidgetItem* m_trashItem;
    bool m_refreshing = false;
};

} // namespace hamish
