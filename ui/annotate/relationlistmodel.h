#pragma once

#include "annotations/relation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hamish {

// Relations as rows: from, type, to, note, article, author.
class RelationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, TypeColumn, ToColumn, NoteColumn, ArticleColumn, AuthorColumn, ColumnCount };
    enum Role { RelationIdRole = Qt::UserRole + 1, TypeCodeRole, SearchTextRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setContents(QList<RelationRow> rows, const QList<RelationType>& types, bool arabicNames);
    const RelationRow* row(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RelationRow> m_rows;
    QHash<qint64, RelationType> m_types;
    bool m_arabicNames = true;
};

} // namespace hamish
