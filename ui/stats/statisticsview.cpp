#include "stats/statisticsview.h"

#include "annotations/annotationservice.h"
#include "articles/collectionservice.h"
#include "jobs/job.h"
#include "stats/annotationstatistics.h"
#include "stats/barchart.h"
#include "stats/timelinechart.h"
#include "storage/library.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hamish {

StatisticsView::StatisticsView(Library& library, AnnotationService& annotations, CollectionService& collections,
                               QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_collections(collections)
    , m_scope(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_types(new BarChart(tr("Entity types"), this))
    , m_entities(new BarChart(tr("Top entities"), this))
    , m_articles(new BarChart(tr("Annotations per article"), this))
    , m_timeline(new TimelineChart(tr("Annotation timeline"), this))
    , m_mentioned(new TimelineChart(tr("Dates mentioned"), this))
    , m_labels(new BarChart(tr("Document labels"), this))
    , m_relationTypes(new BarChart(tr("Relation types"), this))
{
    setWindowTitle(tr("Statistics"));
    setObjectName(QStringLiteral("StatisticsView"));
    fillScopes();
    m_scope->setAccessibleName(tr("Statistics for"));
    auto* scopeLabel = new QLabel(tr("&Statistics for:"), this);
    scopeLabel->setBuddy(m_scope);

    auto* top = new QHBoxLayout;
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addStretch(1);
    top->addWidget(m_total);

    auto* grid = new QGridLayout;
    grid->addWidget(framed(m_types), 0, 0);
    grid->addWidget(framed(m_entities), 0, 1);
    grid->addWidget(framed(m_labels), 0, 2);
    grid->addWidget(framed(m_articles), 1, 0);
    grid->addWidget(framed(m_timeline), 1, 1);
    grid->addWidget(framed(m_relationTypes), 1, 2);
    grid->addWidget(framed(m_mentioned), 2, 0, 1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1280, 860);

    setScope(Scope::Library);
    // Counted while shown only: showing counts afresh, and changes follow from then on.
    connect(m_scope, &QComboBox::currentIndexChanged, this, &StatisticsView::refreshIfShown);
    connect(&annotations, &AnnotationService::annotationsChanged, this, &StatisticsView::refreshIfShown);
    connect(&collections, &CollectionService::collectionsChanged, this, [this] {
        fillScopes();
        refreshIfShown();
    });
}

StatisticsView::~StatisticsView()
{
    if (m_counting) {
        m_counting->cancel();
        m_counting->wait(-1);
    }
}

void StatisticsView::fillScopes()
{
    const QVariant current = m_scope->currentData();
    const QSignalBlocker quiet(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("This article"), QVariant::fromValue(qint64(-1)));
    m_scope->addItem(tr("Whole library"), QVariant::fromValue(qint64(0)));
    for (const Collection& c : m_collections.collections().value_or(QList<Collection>()))
        m_scope->addItem(tr("Collection «%1»").arg(displaySafe(c.name)), QVariant::fromValue(c.id));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(current)));
    if (auto* model = qobject_cast<QStandardItemModel*>(m_scope->model()))
        model->item(0)->setEnabled(m_article > 0);
}

QWidget* StatisticsView::framed(ChartWidget* chart)
{
    auto* box = new QWidget(this);
    auto* save = new QPushButton(tr("Save as PNG…"), box);
    save->setAccessibleName(tr("Save the chart %1 as PNG").arg(chart->title()));
    connect(save, &QPushButton::clicked, this, [this, chart] { saveChart(chart); });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chart, 1);
    layout->addWidget(save, 0, Qt::AlignTrailing);
    return box;
}

void StatisticsView::setArticle(qint64 id)
{
    m_article = id;
    if (auto* model = qobject_cast<QStandardItemModel*>(m_scope->model()))
        model->item(0)->setEnabled(id > 0); // "This article" needs an open one
    if (id <= 0 && scope() == Scope::Article)
        setScope(Scope::Library);
    else
        refreshIfShown();
}

void StatisticsView::setScope(Scope scope, qint64 collectionId)
{
    const qint64 wanted = scope == Scope::Article ? -1 : scope == Scope::Library ? 0 : collectionId;
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(QVariant::fromValue(wanted))));
}

void StatisticsView::refreshIfShown()
{
    if (isVisible())
        refresh();
}

void StatisticsView::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    refresh();
}

StatisticsView::Scope StatisticsView::scope() const
{
    const qint64 chosen = m_scope->currentData().toLongLong();
    return chosen < 0 ? Scope::Article : chosen == 0 ? Scope::Library : Scope::Collection;
}

QList<ChartWidget*> StatisticsView::charts() const
{
    return {m_types, m_entities, m_articles, m_timeline, m_labels, m_relationTypes, m_mentioned};
}

void StatisticsView::refresh()
{
    const qint64 article = scope() == Scope::Article ? m_article : 0;
    const ArticleScope within{scope() == Scope::Collection ? m_scope->currentData().toLongLong() : 0};
    const bool arabic = QLocale().language() == QLocale::Arabic;
    if (m_counting) {
        m_counting->cancel(); // its result is dropped; it deletes itself when its thread ends
        disconnect(m_counting, nullptr, this, nullptr);
    }
    auto stats = std::make_shared<Result<AnnotationStatistics>>(failure(QString()));
    m_counting = new Job(tr("Counting"), m_library.path(), {}, [=](Library& library, const JobControl&) {
        *stats = StatisticsQuery(library.database()).compute(article, arabic, 10, within);
    });
    Job* job = m_counting;
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, this, [this, job, stats] {
        if (job != m_counting)
            return;
        m_counting = nullptr;
        if (*stats)
            display(**stats);
        else
            m_total->setText(job->openError().isEmpty() ? stats->error() : job->openError());
        emit counted();
    });
    job->start();
}

void StatisticsView::display(const AnnotationStatistics& stats)
{
    m_total->setText(tr("%Ln annotation(s)", nullptr, int(stats.total)));
    m_types->setItems(stats.entityTypes);
    m_entities->setItems(stats.topEntities);
    m_articles->setItems(stats.perArticle, m_article);
    m_timeline->setBuckets(stats.timeline, stats.timelineStep);
    m_mentioned->setBuckets(stats.mentionedDates, stats.mentionedStep);
    m_labels->setItems(stats.documentLabels);
    m_relationTypes->setItems(stats.relationTypes);
}

void StatisticsView::saveChart(ChartWidget* chart)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), folder + u'/' + chart->title() + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!chart->savePng(path))
        QMessageBox::warning(this, tr("Save Chart"), tr("%1 could not be written.").arg(path));
}

} // namespace hamish
