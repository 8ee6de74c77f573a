#include "library/libraryfilterproxy.h"

#include "library/librarymodel.h"
#include "text/arabicfold.h"

namespace hamish {

LibraryFilterProxy::LibraryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Arabic))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(LibraryModel::SortRole);
}

void LibraryFilterProxy::setFilterText(const QString& text)
{
    LibraryFilter changed = m_filter;
    changed.text = text;
    setFilter(changed);
}

void LibraryFilterProxy::setFilter(const LibraryFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filterWords = foldForSearch(filter.text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void LibraryFilterProxy::setShelf(const Shelf& shelf)
{
    if (shelf == m_shelf)
        return;
    m_shelf = shelf;
    invalidateFilter();
}

bool LibraryFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(LibraryModel::SortRole);
    const QVariant b = right.data(LibraryModel::SortRole);
    if (a.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

bool LibraryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool trashed = row.data(LibraryModel::TrashedRole).toBool();
    switch (m_shelf.kind) {
    case Shelf::Kind::Library:
        if (trashed)
            return false;
        break;
    case Shelf::Kind::Collection:
        if (trashed || !m_shelf.members.contains(row.data(LibraryModel::ArticleIdRole).toLongLong()))
            return false;
        break;
    case Shelf::Kind::Trash:
        if (!trashed)
            return false;
        break;
    }
    if (m_filter.unreadOnly && row.data(LibraryModel::ReadRole).toBool())
        return false;
    if (m_filter.starredOnly && !row.data(LibraryModel::StarredRole).toBool())
        return false;
    if (!m_filter.source.isEmpty() && row.data(LibraryModel::SourceRole).toString() != m_filter.source)
        return false;
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        const QDate day = row.data(LibraryModel::PublishedDayRole).toDate();
        if (!day.isValid() || (m_filter.from.isValid() && day < m_filter.from)
            || (m_filter.to.isValid() && day > m_filter.to))
            return false;
    }
    if (m_filter.labelId > 0 && !row.data(LibraryModel::LabelIdsRole).toList().contains(QVariant(m_filter.labelId)))
        return false;
    if (m_filterWords.isEmpty())
        return true;
    const QString haystack = row.data(LibraryModel::SearchTextRole).toString();
    return std::all_of(m_filterWords.cbegin(), m_filterWords.cend(),
                       [&](const QString& word) { return haystack.contains(word); });
}

} // namespace hamish
