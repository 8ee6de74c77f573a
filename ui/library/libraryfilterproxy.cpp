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

void LibraryFilterProxy::setMentionedDates(QHash<qint64, QList<DaySpan>> mentioned)
{
    m_mentioned = std::move(mentioned);
    m_earliestMentioned.clear();
    for (auto it = m_mentioned.cbegin(); it != m_mentioned.cend(); ++it) {
        QDate earliest;
        for (const DaySpan& span : it.value())
            if (!earliest.isValid() || span.first < earliest)
                earliest = span.first;
        m_earliestMentioned.insert(it.key(), earliest);
    }
    invalidate();
}

bool LibraryFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_filter.mentionedDates && left.column() == LibraryModel::DateColumn) {
        // Articles that mention no date go last whichever way the column sorts.
        const QDate a = m_earliestMentioned.value(left.data(LibraryModel::ArticleIdRole).toLongLong());
        const QDate b = m_earliestMentioned.value(right.data(LibraryModel::ArticleIdRole).toLongLong());
        if (a.isValid() != b.isValid())
            return (sortOrder() == Qt::AscendingOrder) == a.isValid();
        return a < b;
    }
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
    if (m_filter.mentionedDates && (m_filter.from.isValid() || m_filter.to.isValid())) {
        const QList<DaySpan> mentioned = m_mentioned.value(row.data(LibraryModel::ArticleIdRole).toLongLong());
        const bool inRange = std::any_of(mentioned.cbegin(), mentioned.cend(), [this](const DaySpan& span) {
            return (!m_filter.to.isValid() || span.first <= m_filter.to)
                   && (!m_filter.from.isValid() || span.last >= m_filter.from);
        });
        if (!inRange)
            return false;
    } else if (m_filter.from.isValid() || m_filter.to.isValid()) {
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
