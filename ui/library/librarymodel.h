#pragma once

#include "storage/article.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hamish {

class Library;

// The library's articles as a table. It keeps no state of its own beyond the rows it
// shows, and reloads when the library announces new articles. A reload reads the first
// rows at once and the rest in batches from the event loop, so that a library of tens of
// thousands of articles paints as fast as an empty one.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SourceColumn, AuthorColumn, DateColumn, AnnotationsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole, SearchTextRole };

    // HoldUntilReleased reads the first batch only, until releaseBatches(): the window
    // releases them once it has painted, so that start-up shows the window first.
    enum class Batches { Continue, HoldUntilReleased };
    explicit LibraryModel(Library& library, QObject* parent = nullptr, Batches batches = Batches::Continue);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int FirstBatch = 100;
    static constexpr int Batch = 4000;

    QModelIndex indexOfArticle(qint64 id) const;
    // False while batches are still being read after a reload.
    bool isComplete() const { return m_complete; }
    // Empty when the library could not be read.
    QString lastError() const { return m_lastError; }

public slots:
    void reload();
    // Re-reads one article's row, for instance after its annotations changed.
    void refreshArticle(qint64 id);
    // Reads the articles added since the last batch.
    void appendNewArticles();
    void releaseBatches();

signals:
    void loadingFinished();

private:
    void loadBatch(int size);

    Library& m_library;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    QString m_lastError;
    bool m_complete = false;
    bool m_held = false;
    bool m_waiting = false;
    quint64 m_generation = 0;
};

} // namespace hamish
