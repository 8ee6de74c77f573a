#include "library/shelftree.h"

#include "articles/collectionservice.h"
#include "library/librarymodel.h"
#include "storage/library.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>

namespace hamish {

ShelfTree::ShelfTree(Library& library, CollectionService& collections, QWidget* parent)
    : QTreeWidget(parent)
    , m_library(library)
    , m_collections(collections)
    , m_libraryItem(new QTreeWidgetItem(this))
    , m_collectionsItem(new QTreeWidgetItem(this))
    , m_trashItem(new QTreeWidgetItem(this))
{
    setHeaderHidden(true);
    setColumnCount(2);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Shelves"));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setUniformRowHeights(true);
    m_libraryItem->setData(0, KindRole, int(Shelf::Kind::Library));
    m_collectionsItem->setFlags(Qt::ItemIsEnabled);
    m_trashItem->setData(0, KindRole, int(Shelf::Kind::Trash));
    m_collectionsItem->setExpanded(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_refreshing)
            announce();
    });
    refresh();
    setCurrentItem(m_libraryItem);
}

void ShelfTree::refresh()
{
    const Shelf before = currentShelf();
    m_refreshing = true;
    const qint64 live = m_library.articles().count().value_or(0);
    const qint64 trashed = m_library.articles().trashContents().value_or(std::pair<qint64, qint64>()).first;
    m_libraryItem->setText(0, tr("All Articles"));
    m_libraryItem->setText(1, QLocale().toString(live));
    m_trashItem->setText(0, tr("Trash"));
    m_trashItem->setText(1, QLocale().toString(trashed));
    m_collectionsItem->setText(0, tr("Collections"));
    qDeleteAll(m_collectionsItem->takeChildren());
    const QList<Collection> all = m_collections.collections().value_or(QList<Collection>());
    for (const Collection& c : all) {
        auto* item = new QTreeWidgetItem(m_collectionsItem, {c.name, QLocale().toString(c.articles.size())});
        item->setData(0, KindRole, int(Shelf::Kind::Collection));
        item->setData(0, CollectionRole, c.id);
        item->setToolTip(0, c.name);
    }
    m_collectionsItem->setHidden(all.isEmpty());
    m_collectionsItem->setExpanded(true);
    m_refreshing = false;
    selectShelf(before.kind, before.collectionId);
    // A collection's members may have changed even when the same shelf stays chosen.
    if (currentShelf() != before || before.kind == Shelf::Kind::Collection)
        announce();
}

Shelf ShelfTree::currentShelf() const
{
    Shelf shelf;
    const QTreeWidgetItem* item = currentItem();
    if (!item || !item->data(0, KindRole).isValid())
        return shelf;
    shelf.kind = Shelf::Kind(item->data(0, KindRole).toInt());
    if (shelf.kind == Shelf::Kind::Collection) {
        shelf.collectionId = item->data(0, CollectionRole).toLongLong();
        const Result<Collection> collection = m_collections.collection(shelf.collectionId);
        if (collection)
            shelf.members = QSet<qint64>(collection->articles.cbegin(), collection->articles.cend());
    }
    return shelf;
}

void ShelfTree::selectShelf(Shelf::Kind kind, qint64 collectionId)
{
    QTreeWidgetItem* target = kind == Shelf::Kind::Trash ? m_trashItem : m_libraryItem;
    for (int i = 0; kind == Shelf::Kind::Collection && i < m_collectionsItem->childCount(); ++i) {
        if (m_collectionsItem->child(i)->data(0, CollectionRole).toLongLong() == collectionId)
            target = m_collectionsItem->child(i);
    }
    setCurrentItem(target);
}

qint64 ShelfTree::collectionAt(const QPoint& pos) const
{
    const QTreeWidgetItem* item = itemAt(pos);
    return item && item->parent() == m_collectionsItem ? item->data(0, CollectionRole).toLongLong() : 0;
}

bool ShelfTree::isTrashAt(const QPoint& pos) const
{
    return itemAt(pos) == m_trashItem;
}

void ShelfTree::announce()
{
    emit shelfChosen(currentShelf());
}

QTreeWidgetItem* ShelfTree::dropTarget(const QPoint& pos) const
{
    QTreeWidgetItem* item = itemAt(pos);
    return item && (item->parent() == m_collectionsItem || item == m_trashItem) ? item : nullptr;
}

void ShelfTree::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(LibraryModel::articleIdsMimeType()))
        event->acceptProposedAction();
}

void ShelfTree::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(LibraryModel::articleIdsMimeType()) && dropTarget(event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ShelfTree::dropEvent(QDropEvent* event)
{
    QTreeWidgetItem* target = dropTarget(event->position().toPoint());
    const QList<qint64> ids = LibraryModel::articleIdsFrom(event->mimeData());
    if (!target || ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (target == m_trashItem)
        emit articlesDroppedOnTrash(ids);
    else
        emit articlesDroppedOnCollection(target->data(0, CollectionRole).toLongLong(), ids);
}

} // namespace hamish
