#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace hamish {

// Sorts with Arabic collation (numeric, so ٩ comes before ١٠) and filters with the
// search fold, so a filter typed without harakat or hamza still matches.
class LibraryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QStringList m_filterWords;
};

} // namespace hamish
