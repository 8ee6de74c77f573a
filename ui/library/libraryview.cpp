#include "library/libraryview.h"

#include "library/librarydelegate.h"
#include "library/libraryfilterbar.h"
#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"
#include "library/shelftree.h"
#include "storage/library.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hamish {

namespace {

// A list of articles laid out as a table: Home and End go to the first and last article, as in
// any list, rather than to the first and last column of the current one.
class ArticleTable final : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        if (action == MoveHome || action == MoveEnd)
            modifiers |= Qt::ControlModifier;
        return QTableView::moveCursor(action, modifiers);
    }
};

} // namespace

LibraryView::LibraryView(LibraryModel& model, Library& library, CollectionService& collections, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_library(library)
    , m_proxy(new LibraryFilterProxy(this))
    , m_shelves(new ShelfTree(library, collections, this))
    , m_filterBar(new LibraryFilterBar(this))
    , m_list(new ArticleTable(this))
{
    m_proxy->setSourceModel(&m_model);

    // A table, not a tree: a tree lays out every row it holds at each insertion, and at 300,000
    // articles each batch that reaches the list would hold the window for tens of milliseconds.
    // The table's rows have one fixed height, so it measures none of them.
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new LibraryDelegate(m_list));
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTabKeyNavigation(false);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    fitRowHeight();
    // Library order until the user asks for another: sorting tens of thousands of titles by
    // Arabic collation is for a click on a header, not for start-up.
    QHeaderView* header = m_list->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed, user-resizable columns: fitting them to their contents would measure every row of
    // a library of tens of thousands of articles at start-up.
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(LibraryModel::SourceColumn, 5 * em);
    header->resizeSection(LibraryModel::AuthorColumn, 6 * em);
    // A day (2015-07-23) and the cell's margins.
    header->resizeSection(LibraryModel::DateColumn, fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + em);
    header->resizeSection(LibraryModel::AnnotationsColumn, 5 * em);
    header->resizeSection(LibraryModel::StarColumn, 2 * em);
    header->resizeSection(LibraryModel::LabelsColumn, 6 * em);
    header->resizeSection(LibraryModel::CurationColumn, 5 * em);
    m_list->setColumnHidden(LibraryModel::CurationColumn, true); // View ▸ Curation Progress

    auto* listArea = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_list);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_shelves);
    splitter->addWidget(listArea);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({6 * fontMetrics().height(), 30 * fontMetrics().height()});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filterBar, &LibraryFilterBar::filterChanged, this, [this](const LibraryFilter& filter) {
        // The dates articles mention are read when they are asked for, and again at each change.
        if (filter.mentionedDates)
            m_proxy->setMentionedDates(mentionedDates(m_library.database()).value_or(QHash<qint64, QList<DaySpan>>{}));
        m_proxy->setFilter(filter);
    });
    connect(m_shelves, &ShelfTree::shelfChosen, this, &LibraryView::showShelf);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { emit listMenuRequested(m_list->viewport()->mapToGlobal(pos)); });
    connect(m_shelves, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { emit shelfMenuRequested(pos, m_shelves->viewport()->mapToGlobal(pos)); });
    // New sources appear in the filter as articles arrive.
    const auto offerSources = [this] { m_filterBar->setSources(m_model.sources()); };
    connect(&m_model, &QAbstractItemModel::modelReset, this, offerSources);
    connect(&m_model, &LibraryModel::sourcesChanged, this, offerSources);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryView::onCurrentChanged);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &LibraryView::selectPendingArticle);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryView::onCurrentChanged,
                Qt::UniqueConnection);
    });
}

void LibraryView::fitRowHeight()
{
    m_list->verticalHeader()->setDefaultSectionSize(LibraryDelegate::rowHeight(m_list));
}

void LibraryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitRowHeight();
    QWidget::changeEvent(event);
}

QLineEdit* LibraryView::filterBox() const
{
    return m_filterBar->textField();
}

qint64 LibraryView::currentCollection() const
{
    return m_proxy->shelf().kind == Shelf::Kind::Collection ? m_proxy->shelf().collectionId : 0;
}

bool LibraryView::showsTrash() const
{
    return m_proxy->shelf().kind == Shelf::Kind::Trash;
}

void LibraryView::showShelf(const Shelf& shelf)
{
    m_proxy->setShelf(shelf);
}

void LibraryView::selectArticle(qint64 id)
{
    m_pendingSelection = 0;
    const QModelIndex index = m_proxy->mapFromSource(m_model.indexOfArticle(id));
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else if (!m_model.isComplete())
        m_pendingSelection = id; // selected when its batch arrives
}

void LibraryView::selectPendingArticle()
{
    if (m_pendingSelection == 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.indexOfArticle(m_pendingSelection));
    if (!index.isValid())
        return;
    m_pendingSelection = 0;
    // The article is already open: only the list catches up.
    m_quietSelection = true;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_quietSelection = false;
}

void LibraryView::selectFirst()
{
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, LibraryModel::TitleColumn));
}

qint64 LibraryView::currentArticle() const
{
    return m_list->currentIndex().data(LibraryModel::ArticleIdRole).toLongLong();
}

QList<qint64> LibraryView::selectedArticles() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        ids.append(index.data(LibraryModel::ArticleIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void LibraryView::onCurrentChanged()
{
    if (m_quietSelection)
        return;
    if (const qint64 id = currentArticle(); id > 0)
        emit articleSelected(id);
}

} // namespace hamish
