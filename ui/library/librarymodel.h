#pragma once

#include "storage/article.h"

#include <QAbstractTableModel>
#include <QList>

namespace hamish {

class Library;

// The library's articles as a table. It keeps no state of its own beyond the rows it
// shows, and reloads when the library announces new articles.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SourceColumn, AuthorColumn, DateColumn, AnnotationsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole, SearchTextRole };

    explicit LibraryModel(Library& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfArticle(qint64 id) const;
    // Empty when the library could not be read.
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

private:
    Library& m_library;
    QList<ArticleSummary> m_rows;
    QString m_lastError;
};

} // namespace hamish
