#include "library/librarymodel.h"

#include "articles/publisheddate.h"
#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/displaytext.h"

#include <QFont>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace hamish {

LibraryModel::LibraryModel(Library& library, QObject* parent, Batches batches)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_held(batches == Batches::HoldUntilReleased)
{
    connect(&m_library, &Library::articlesAdded, this, &LibraryModel::appendNewArticles);
    reload();
}

void LibraryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_rowOfId.clear();
    m_sources.clear();
    m_knownSources.clear();
    m_lastError.clear();
    m_complete = false;
    ++m_generation;
    endResetModel();
    loadBatch(FirstBatch);
}

void LibraryModel::loadBatch(int size)
{
    const qint64 after = !m_pending.isEmpty() ? m_pending.constLast().id : m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    Result<QList<ArticleSummary>> rows = m_library.articles().summaries(after, size, ArticleStore::Which::Both);
    if (!rows) {
        commitPending();
        m_lastError = rows.error();
        m_complete = true;
        emit loadingFinished();
        return;
    }
    const bool last = rows->size() < size;
    for (ArticleSummary& row : *rows)
        m_pending.append(std::move(row));
    // Rows reach the list in inserts that double it, up to MaxInsert at a time: 75 insertions
    // for 300,000 articles instead of one per thousand, each of which the filter proxy and the
    // list take in as a whole, and none long enough to stall the window.
    if (last || m_pending.size() >= qBound(qsizetype(size), m_rows.size(), qsizetype(MaxInsert)))
        commitPending();
    if (last) {
        m_complete = true;
        emit loadingFinished();
        return;
    }
    if (m_held) {
        m_waiting = true;
        return;
    }
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            loadBatch(Batch);
    });
}

void LibraryModel::commitPending()
{
    if (m_pending.isEmpty())
        return;
    const qsizetype sourcesBefore = m_sources.size();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + m_pending.size() - 1));
    m_rowOfId.reserve(m_rows.size() + m_pending.size());
    for (ArticleSummary& row : m_pending) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        if (!row.source.isEmpty() && !m_knownSources.contains(row.source)) {
            m_knownSources.insert(row.source);
            m_sources.append(row.source);
        }
        m_rows.append(std::move(row));
    }
    m_pending.clear();
    endInsertRows();
    if (m_sources.size() != sourcesBefore)
        emit sourcesChanged();
}

void LibraryModel::releaseBatches()
{
    m_held = false;
    if (m_waiting) {
        m_waiting = false;
        loadBatch(Batch);
    }
}

void LibraryModel::appendNewArticles()
{
    // New articles have the highest ids: batches still under way will reach them.
    if (!m_complete)
        return;
    m_complete = false;
    // A first batch as small as the list's first at start-up: the rest follow a turn at a time.
    loadBatch(FirstBatch);
    // The first of them at once: the window opens the first new article and selects its row.
    commitPending();
}

void LibraryModel::refreshArticle(qint64 id)
{
    const auto row = m_rowOfId.constFind(id);
    if (row == m_rowOfId.cend()) {
        refreshPending(id);
        return;
    }
    Result<std::optional<ArticleSummary>> summary = m_library.articles().summary(id);
    if (!summary || !*summary)
        return;
    m_rows[*row] = **summary;
    emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    if (const QString& source = m_rows.at(*row).source; !source.isEmpty() && !m_knownSources.contains(source)) {
        m_knownSources.insert(source);
        m_sources.append(source);
        emit sourcesChanged();
    }
}

void LibraryModel::refreshPending(qint64 id)
{
    // Read but not in the list yet: ordered by id, as they were read.
    const auto it = std::lower_bound(m_pending.begin(), m_pending.end(), id,
                                     [](const ArticleSummary& row, qint64 wanted) { return row.id < wanted; });
    if (it == m_pending.end() || it->id != id)
        return;
    if (Result<std::optional<ArticleSummary>> summary = m_library.articles().summary(id); summary && *summary)
        *it = **summary;
}

void LibraryModel::refreshArticles(const QList<qint64>& ids)
{
    for (const qint64 id : ids)
        refreshArticle(id);
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The day of an ISO date and time ("2015-07-23 19:28:23" shows as 2015-07-23, which fits its
// column; the tooltip and sorting keep the whole); other dates as they are.
QString shownDate(const QString& date)
{
    static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]"));
    return isoDay.match(date).hasMatch() ? date.left(10) : date;
}

} // namespace

void LibraryModel::setLabelNames(const QHash<qint64, QString>& names)
{
    m_labelNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LabelsColumn), index(int(m_rows.size()) - 1, LabelsColumn));
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary& a = m_rows.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return a.id;
    case ReadRole:
        return a.read;
    case StarredRole:
        return a.starred;
    case TrashedRole:
        return a.isTrashed();
    case SourceRole:
        return a.source;
    case PublishedDayRole:
        return publishedDay(a.date);
    case LabelIdsRole: {
        QVariantList ids;
        for (qint64 id : a.labelIds)
            ids.append(id);
        return ids;
    }
    case Qt::FontRole:
        if (!a.read && !a.isTrashed()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
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
            return role == Qt::DisplayRole ? shownDate(a.date) : a.date;
        case AnnotationsColumn:
            return role == SortRole ? QVariant(a.annotationCount) : QVariant(QLocale().toString(a.annotationCount));
        case StarColumn:
            if (role == SortRole)
                return int(a.starred);
            if (role == Qt::ToolTipRole)
                return a.starred ? tr("Starred") : QVariant();
            return a.starred ? QStringLiteral("★") : QString();
        case CurationColumn: {
            const auto count = m_curation.constFind(a.id);
            if (count == m_curation.cend())
                return {};
            const int all = count->resolved + count->remaining;
            if (role == SortRole)
                return count->remaining * 100000 + all;
            if (role == Qt::ToolTipRole)
                return tr("%1 of %2 disagreements resolved").arg(count->resolved).arg(all);
            return count->remaining == 0
                       ? QStringLiteral("✓ %1").arg(QLocale().toString(all))
                       : QStringLiteral("%1/%2").arg(QLocale().toString(count->resolved), QLocale().toString(all));
        }
        case LabelsColumn: {
            QStringList names;
            for (qint64 id : a.labelIds)
                names.append(m_labelNames.value(id));
            return names.join(QStringLiteral("، "));
        }
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StarColumn)
            return a.starred ? tr("Starred") : tr("Not starred");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn || index.column() == StarColumn || index.column() == CurationColumn)
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
    case StarColumn:
        return QStringLiteral("★");
    case LabelsColumn:
        return tr("Labels");
    case CurationColumn:
        return tr("Curation");
    }
    return {};
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList LibraryModel::mimeTypes() const
{
    return {articleIdsMimeType()};
}

QMimeData* LibraryModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        const QString id = QString::number(data(index, ArticleIdRole).toLongLong());
        if (!ids.contains(id))
            ids.append(id);
    }
    auto* mime = new QMimeData;
    mime->setData(articleIdsMimeType(), ids.join(u' ').toLatin1());
    return mime;
}

QList<qint64> LibraryModel::articleIdsFrom(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime)
        return ids;
    for (const QByteArray& id : mime->data(articleIdsMimeType()).split(' ')) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value > 0)
            ids.append(value);
    }
    return ids;
}

void LibraryModel::setCurationProgress(const QList<CurationCount>& counts, const QList<qint64>& of)
{
    if (of.isEmpty())
        m_curation.clear();
    for (const qint64 id : of)
        m_curation.remove(id);
    for (const CurationCount& c : counts)
        m_curation.insert(c.articleId, c);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CurationColumn), index(int(m_rows.size()) - 1, CurationColumn));
}

QModelIndex LibraryModel::indexOfArticle(qint64 id) const
{
    const auto row = m_rowOfId.constFind(id);
    return row == m_rowOfId.cend() ? QModelIndex() : index(*row, TitleColumn);
}

} // namespace hamish
