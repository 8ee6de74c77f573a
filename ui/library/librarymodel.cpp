#include "library/librarymodel.h"
#include "text/displaytext.h"

#include "storage/library.h"
#include "text/arabicfold.h"

namespace hamish {

LibraryModel::LibraryModel(Library& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    connect(&m_library, &Library::articlesAdded, this, &LibraryModel::reload);
    reload();
}

void LibraryModel::reload()
{
    Result<QList<ArticleSummary>> rows = m_library.articles().summaries();
    beginResetModel();
    if (rows) {
        m_rows = *rows;
        m_lastError.clear();
    } else {
        m_lastError = rows.error();
    }
    endResetModel();
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary& a = m_rows.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return a.id;
    case SearchTextRole:
        return foldForSearch(QStringList{a.title, a.source, a.author, a.date}.join(u' '));
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return role == SortRole ? a.title : displaySafe(a.title);
        case SourceColumn:
            return role == SortRole ? a.source : displaySafe(a.source);
        case AuthorColumn:
            return role == SortRole ? a.author : displaySafe(a.author);
        case DateColumn:
            return a.date;
        case AnnotationsColumn:
            return role == SortRole ? QVariant(a.annotationCount) : QVariant(QLocale().toString(a.annotationCount));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return QVariant(Qt::AlignCenter);
        // Arabic metadata reads from the right edge of its cell, whatever the UI direction.
        if (data(index, Qt::DisplayRole).toString().isRightToLeft())
            return QVariant(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case AnnotationsColumn:
        return tr("Annotations");
    }
    return {};
}

QModelIndex LibraryModel::indexOfArticle(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, TitleColumn);
    }
    return {};
}

} // namespace hamish
