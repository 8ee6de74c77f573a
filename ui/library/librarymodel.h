#pragma once

#include "agreement/curation.h"
#include "storage/article.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QMimeData;

namespace hamish {

class Library;

// The library's articles as a table, those in the Trash included (the filter proxy shows one
// shelf at a time). It keeps no state of its own beyond the rows it shows, and reloads when the
// library announces new articles. A reload reads the first rows at once and the rest in batches
// from the event loop, so that a library of tens of thousands of articles paints as fast as an
// empty one. Unread articles are bold; rows drag as a list of article ids.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        SourceColumn,
        AuthorColumn,
        DateColumn,
        AnnotationsColumn,
        StarColumn,
        LabelsColumn,
        CurationColumn, // disagreements resolved of all, when the window asks for it
        ColumnCount
    };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        SortRole,
        SearchTextRole,
        ReadRole,
        StarredRole,
        TrashedRole,
        SourceRole,       // the source as stored, for the source filter
        PublishedDayRole, // the published date as a QDate, invalid when it cannot be read
        LabelIdsRole,     // the ids of its document labels, as a QVariantList
    };
    // What a drag of rows carries: the article ids, as text ("1 2 3").
    static QString articleIdsMimeType() { return QStringLiteral("application/x-hamish-article-ids"); }
    static QList<qint64> articleIdsFrom(const QMimeData* mime);

    // HoldUntilReleased reads the first batch only, until releaseBatches(): the window
    // releases them once it has painted, so that start-up shows the window first.
    enum class Batches { Continue, HoldUntilReleased };
    explicit LibraryModel(Library& library, QObject* parent = nullptr, Batches batches = Batches::Continue);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    // The distinct sources of the articles read so far, for the source filter; sourcesChanged()
    // tells when one is added (kept as rows arrive, so that no batch scans them all again).
    QStringList sources() const { return m_sources; }

    static constexpr int FirstBatch = 100;
    static constexpr int Batch = 1000;
    static constexpr int MaxInsert = 4000;

    QModelIndex indexOfArticle(qint64 id) const;
    // The names the labels column shows, by label id (the window keeps them up to date).
    void setLabelNames(const QHash<qint64, QString>& names);
    // Curation progress per article: of these articles (none named: of the whole library).
    void setCurationProgress(const QList<CurationCount>& counts, const QList<qint64>& of = {});
    // False while batches are still being read after a reload.
    bool isComplete() const { return m_complete; }
    // Empty when the library could not be read.
    QString lastError() const { return m_lastError; }

public slots:
    void reload();
    // Re-reads one article's row, for instance after its annotations changed.
    void refreshArticle(qint64 id);
    void refreshArticles(const QList<qint64>& ids);
    // Reads the articles added since the last batch.
    void appendNewArticles();
    void releaseBatches();

signals:
    void loadingFinished();
    void sourcesChanged();

private:
    void loadBatch(int size);
    // Moves the rows read so far into the list, in one insertion.
    void commitPending();
    void refreshPending(qint64 id);

    Library& m_library;
    QList<ArticleSummary> m_rows;
    QList<ArticleSummary> m_pending; // read, not yet in the list
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, QString> m_labelNames;
    QHash<qint64, CurationCount> m_curation;
    QStringList m_sources;
    QSet<QString> m_knownSources;
    QString m_lastError;
    bool m_complete = false;
    bool m_held = false;
    bool m_waiting = false;
    quint64 m_generation = 0;
};

} // namespace hamish
