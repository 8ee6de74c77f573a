#include "versions/reviewpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

QString placementText(Placement placement)
{
    switch (placement) {
    case Placement::Exact:
        return ReviewPanel::tr("Exact");
    case Placement::Shifted:
        return ReviewPanel::tr("Shifted");
    case Placement::Fuzzy:
        return ReviewPanel::tr("Moved by its quote");
    case Placement::Orphan:
        break;
    }
    return ReviewPanel::tr("No place found");
}

} // namespace

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_replace(new QPushButton(tr("Re-place on &selection"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_summary->setWordWrap(true);
    m_list->setHeaderLabels({tr("Placement"), tr("Text"), tr("Similarity")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Annotations to review"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_accept->setToolTip(tr("Keep it where the new version put it (an orphan stays with its old version)."));
    m_replace->setToolTip(tr("Select the text it belongs to in the reader, then press this."));
    m_delete->setToolTip(tr("Delete the annotation and what hangs on it."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        if (const PlacementRecord* p = current())
            emit showRequested(*p);
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const PlacementRecord* p = current())
            emit acceptRequested(*p);
    });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (const PlacementRecord* p = current())
            emit replaceRequested(*p);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const PlacementRecord* p = current())
            emit deleteRequested(*p);
    });
    setQueue({});
}

void ReviewPanel::setQueue(const QList<PlacementRecord>& queue)
{
    const int row = m_list->currentIndex().row();
    const QSignalBlocker quiet(m_list); // a new queue moves nothing in the reader
    m_queue = queue;
    m_list->clear();
    for (const PlacementRecord& p : queue) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, placementText(p.placement));
        item->setText(1, p.quote);
        item->setText(2,
                      p.placement == Placement::Fuzzy ? QString::number(qRound(p.similarity * 100)) + u'%' : QString());
    }
    m_summary->setText(queue.isEmpty()
                           ? tr("Nothing to review: the annotations of this article are where its text put them.")
                           : tr("%n annotation(s) of the new version to review.", nullptr, int(queue.size())));
    if (!queue.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(row, 0, int(queue.size()) - 1)));
    updateButtons();
}

const PlacementRecord* ReviewPanel::current() const
{
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_queue.size() ? &m_queue.at(row) : nullptr;
}

void ReviewPanel::updateButtons()
{
    const bool any = current() != nullptr;
    m_accept->setEnabled(any);
    m_replace->setEnabled(any);
    m_delete->setEnabled(any);
}

} // namespace hamish
