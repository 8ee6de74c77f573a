#include "library/libraryview.h"

#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace hamish {

LibraryView::LibraryView(LibraryModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LibraryFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(&m_model);
    m_filter->setPlaceholderText(tr("Filter articles"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter articles"));

    m_tree->setModel(m_proxy);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Articles"));
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    for (int column = LibraryModel::SourceColumn; column < LibraryModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryFilterProxy::setFilterText);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryView::onCurrentChanged);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &LibraryView::onCurrentChanged, Qt::UniqueConnection);
    });
}

void LibraryView::selectArticle(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model.indexOfArticle(id));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void LibraryView::selectFirst()
{
    if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, LibraryModel::TitleColumn));
}

qint64 LibraryView::currentArticle() const
{
    return m_tree->currentIndex().data(LibraryModel::ArticleIdRole).toLongLong();
}

void LibraryView::onCurrentChanged()
{
    if (const qint64 id = currentArticle(); id > 0)
        emit articleSelected(id);
}

} // namespace hamish
