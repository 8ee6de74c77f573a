#include "annotate/relationpanel.h"

#include "annotate/relationcontroller.h"
#include "annotate/relationlistmodel.h"
#include "annotations/relationservice.h"
#include "text/arabicfold.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hamish {

namespace {

// Rows whose type matches (when one is chosen) and whose folded text holds every folded word.
class RelationFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString& typeCode, const QString& text)
    {
        m_typeCode = typeCode;
        m_words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_typeCode.isEmpty() && index.data(RelationListModel::TypeCodeRole).toString() != m_typeCode)
            return false;
        const QString text = index.data(RelationListModel::SearchTextRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) { return text.contains(w); });
    }

private:
    QString m_typeCode;
    QStringList m_words;
};

} // namespace

RelationPanel::RelationPanel(RelationService& service, RelationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_controller(controller)
    , m_model(new RelationListModel(this))
    , m_proxy(new RelationFilterProxy(this))
    , m_scope(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Relations"));
    m_view->installEventFilter(this);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_scope->addItem(tr("This article"));
    m_scope->addItem(tr("Whole library"));
    m_scope->setAccessibleName(tr("Show the relations of"));
    m_type->setAccessibleName(tr("Relation type"));
    m_text->setPlaceholderText(tr("Filter by words"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter relations"));

    auto* note = new QPushButton(tr("Edit Note…"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_type, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_text);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &RelationPanel::reload);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RelationPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &RelationPanel::applyFilter);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const RelationRow* r = current())
            emit relationRequested(r->relation.articleId, {r->fromStart, r->fromEnd});
    });
    connect(note, &QPushButton::clicked, this, [this] {
        if (const RelationRow* r = current())
            m_controller.editNote(r->relation.id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const RelationRow* r = current())
            m_controller.removeRelations({r->relation.id});
    });
    connect(&m_service, &RelationService::relationsChanged, this, &RelationPanel::reload);
    connect(&m_controller, &RelationController::relationsReloaded, this, [this] {
        rebuildTypes();
        reload();
    });
    rebuildTypes();
    reload();
}

void RelationPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

int RelationPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void RelationPanel::rebuildTypes()
{
    const QString selected = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All relation types"), QString());
    for (const RelationType& type : m_controller.schema().relationTypes)
        m_type->addItem(QStringLiteral("%1 · %2").arg(type.nameAr, type.nameEn), type.code);
    m_type->setCurrentIndex(qMax(0, m_type->findData(selected)));
}

void RelationPanel::reload()
{
    const bool library = m_scope->currentIndex() == 1;
    const Result<QList<RelationRow>> rows = library || m_articleId > 0
                                                ? m_service.rows(library ? 0 : m_articleId)
                                                : Result<QList<RelationRow>>(QList<RelationRow>{});
    m_model->setContents(rows.value_or(QList<RelationRow>{}), m_controller.schema().relationTypes, isRightToLeft());
    m_view->setColumnHidden(RelationListModel::ArticleColumn, !library);
    applyFilter();
}

void RelationPanel::applyFilter()
{
    static_cast<RelationFilterProxy*>(m_proxy)->setFilter(m_type->currentData().toString(), m_text->text());
}

const RelationRow* RelationPanel::current() const
{
    return m_model->row(m_proxy->mapToSource(m_view->currentIndex()));
}

bool RelationPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        if (const RelationRow* r = current())
            m_controller.removeRelations({r->relation.id});
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hamish
