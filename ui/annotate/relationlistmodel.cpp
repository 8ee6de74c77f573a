#include "annotate/relationlistmodel.h"

#include "text/arabicfold.h"
#include "text/displaytext.h"

#include <QColor>

namespace hamish {

void RelationListModel::setContents(QList<RelationRow> rows, const QList<RelationType>& types, bool arabicNames)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_types.clear();
    for (const RelationType& type : types)
        m_types.insert(type.id, type);
    m_arabicNames = arabicNames;
    endResetModel();
}

const RelationRow* RelationListModel::row(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
}

int RelationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelationRow& r = m_rows.at(index.row());
    const RelationType type = m_types.value(r.relation.typeId);
    switch (role) {
    case RelationIdRole:
        return r.relation.id;
    case TypeCodeRole:
        return type.code;
    case SearchTextRole:
        // Arabic-aware: the folded quotes, note and title, as search folds them.
        return foldForSearch(
            QStringList{r.fromQuote, r.toQuote, r.relation.note, r.articleTitle, type.nameAr, type.nameEn, type.code}
                .join(u' '));
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn:
            return displaySafe(r.fromQuote.simplified());
        case TypeColumn:
            return QStringLiteral("%1 %2").arg(type.directed ? QStringLiteral("←") : QStringLiteral("↔"),
                                               m_arabicNames ? type.nameAr : type.nameEn);
        case ToColumn:
            return displaySafe(r.toQuote.simplified());
        case NoteColumn:
            return displaySafe(r.relation.note.simplified().left(80));
        case ArticleColumn:
            return displaySafe(r.articleTitle.simplified());
        case AuthorColumn:
            return r.relation.author;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == NoteColumn ? r.relation.note : QStringLiteral("%1 · %2").arg(type.nameAr, type.nameEn);
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return QColor(type.colour);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != AuthorColumn)
            return QVariant(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant RelationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromColumn:
        return tr("From");
    case TypeColumn:
        return tr("Relation");
    case ToColumn:
        return tr("To");
    case NoteColumn:
        return tr("Note");
    case ArticleColumn:
        return tr("Article");
    case AuthorColumn:
        return tr("Author");
    }
    return {};
}

} // namespace hamish
