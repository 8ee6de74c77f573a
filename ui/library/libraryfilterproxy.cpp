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
    m_filterWords = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
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
    if (m_filterWords.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(LibraryModel::SearchTextRole).toString();
    return std::all_of(m_filterWords.cbegin(), m_filterWords.cend(),
                       [&](const QString& word) { return haystack.contains(word); });
}

} // namespace hamish
