#pragma once

#include "dates/mentioneddates.h"

#include <QCollator>
#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace hamish {

// Which articles the list shows: the library, one collection of it, or the Trash.
struct Shelf
{
    enum class Kind { Library, Collection, Trash };
    Kind kind = Kind::Library;
    qint64 collectionId = 0;
    QSet<qint64> members; // the collection's articles

    bool operator==(const Shelf& other) const = default;
};

// What the filter bar asks for, on top of the shelf.
struct LibraryFilter
{
    QString text;
    bool unreadOnly = false;
    bool starredOnly = false;
    QString source; // empty: every source
    QDate from;     // invalid: no bound
    QDate to;
    // The range is of the dates the articles mention (their DATE tags' values), not of the
    // published dates, and the Date column sorts by the earliest date mentioned (issue 19).
    bool mentionedDates = false;
    qint64 labelId = 0; // 0: whatever labels it has

    bool operator==(const LibraryFilter& other) const = default;
};

// Sorts with Arabic collation (numeric, so ٩ comes before ١٠) and filters: the shelf, then the
// words typed (with the search fold, so a filter typed without harakat or hamza still
// matches), unread, starred, the source, the published date's range (or the range of dates the
// articles mention) and a document label. An article whose date cannot be read, or that mentions
// no date in the range, is left out while a date range is set.
class LibraryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    void setFilter(const LibraryFilter& filter);
    LibraryFilter filter() const { return m_filter; }
    void setShelf(const Shelf& shelf);
    const Shelf& shelf() const { return m_shelf; }
    // The dates each article mentions, for the filter's mentionedDates.
    void setMentionedDates(QHash<qint64, QList<DaySpan>> mentioned);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    LibraryFilter m_filter;
    QStringList m_filterWords;
    Shelf m_shelf;
    QHash<qint64, QList<DaySpan>> m_mentioned;
    QHash<qint64, QDate> m_earliestMentioned;
};

} // namespace hamish
