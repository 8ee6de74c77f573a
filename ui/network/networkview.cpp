#include "network/networkview.h"

#include "annotations/schemaservice.h"
#include "articles/collectionservice.h"
#include "jobs/job.h"
#include "network/graphwriters.h"
#include "network/networkscene.h"
#include "storage/library.h"
#include "text/displaytext.h"
#include "widgets/datebound.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace hamish {

namespace {

constexpr int MaxEvidenceShown = 200;
constexpr int ArticleRole = Qt::UserRole + 1;
constexpr int StartRole = Qt::UserRole + 2;
constexpr int EndRole = Qt::UserRole + 3;

} // namespace

NetworkView::NetworkView(Library& library, SchemaService& schema, CollectionService& collections, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_schema(schema)
    , m_collections(collections)
    , m_scene(new NetworkScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_types(new QToolButton(this))
    , m_scope(new QComboBox(this))
    , m_from(createDateBoundField(this, tr("Published from")))
    , m_to(createDateBoundField(this, tr("Published until")))
    , m_maxNodes(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_evidence(new QListWidget(this))
{
    setWindowTitle(tr("Entity Network"));
    setObjectName(QStringLiteral("NetworkView"));
    m_types->setText(tr("Relation types"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    m_types->setMenu(new QMenu(m_types));
    m_types->setAccessibleName(tr("Relation types shown"));
    m_scope->setAccessibleName(tr("Articles"));
    m_maxNodes->setRange(2, 5000);
    m_maxNodes->setValue(300);
    m_maxNodes->setPrefix(tr("At most "));
    m_maxNodes->setSuffix(tr(" entities"));
    m_maxNodes->setAccessibleName(tr("How many of the most mentioned entities to show"));
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setAccessibleName(tr("Network"));
    m_view->setBackgroundBrush(palette().base());
    m_evidence->setWordWrap(true);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setAccessibleName(tr("Evidence sentences"));
    m_evidence->setLayoutDirection(Qt::RightToLeft);
    fillFilters();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_types);
    filters->addWidget(m_scope);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_maxNodes);
    filters->addStretch(1);
    filters->addWidget(m_summary);

    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole network (Ctrl+0)"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, this, [this] { m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio); });
    filters->addWidget(zoomOut);
    filters->addWidget(zoomIn);
    filters->addWidget(fit);

    auto* evidenceBox = new QWidget(this);
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    auto* evidenceTitle = new QLabel(tr("Click an edge to see the sentences its relations were made in; "
                                        "double-click a sentence to open the article there."),
                                     evidenceBox);
    evidenceTitle->setWordWrap(true);
    evidenceLayout->addWidget(evidenceTitle);
    evidenceLayout->addWidget(m_evidence, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(evidenceBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 140});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* savePicture = buttons->addButton(tr("Save &Picture…"), QDialogButtonBox::ActionRole);
    QPushButton* exportGraph = buttons->addButton(tr("&Export Graph…"), QDialogButtonBox::ActionRole);
    savePicture->setToolTip(tr("PNG or SVG"));
    exportGraph->setToolTip(tr("GraphML (yEd, Cytoscape) or GEXF (Gephi)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(savePicture, &QPushButton::clicked, this, &NetworkView::choosePicturePath);
    connect(exportGraph, &QPushButton::clicked, this, &NetworkView::chooseGraphPath);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 780);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &NetworkView::refreshIfShown);
    connect(m_from, &QDateEdit::dateChanged, this, &NetworkView::refreshIfShown);
    connect(m_to, &QDateEdit::dateChanged, this, &NetworkView::refreshIfShown);
    connect(m_maxNodes, &QSpinBox::editingFinished, this, &NetworkView::refreshIfShown);
    connect(m_scene, &NetworkScene::edgeClicked, this, &NetworkView::showEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit evidenceRequested(item->data(ArticleRole).toLongLong(),
                               TextSpan{item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong()});
    });
    connect(&m_schema, &SchemaService::schemaChanged, this, [this] {
        fillFilters();
        refreshIfShown();
    });
    connect(&m_collections, &CollectionService::collectionsChanged, this, [this] {
        fillFilters();
        refreshIfShown();
    });
}

NetworkView::~NetworkView()
{
    if (m_working) {
        m_working->cancel();
        m_working->wait(-1);
    }
}

void NetworkView::fillFilters()
{
    QMenu* menu = m_types->menu();
    menu->clear();
    const Result<AnnotationSchema> schema = m_schema.schema();
    for (const RelationType& type : schema ? schema->relationTypes : QList<RelationType>{}) {
        QAction* action = menu->addAction(QStringLiteral("%1 — %2 / %3").arg(type.code, type.nameAr, type.nameEn));
        action->setCheckable(true);
        action->setChecked(m_checkedTypes.isEmpty() || m_checkedTypes.contains(type.code));
        action->setData(type.code);
        connect(action, &QAction::toggled, this, [this] {
            QStringList checked;
            const QList<QAction*> actions = m_types->menu()->actions();
            for (QAction* a : actions) {
                if (a->isChecked())
                    checked.append(a->data().toString());
            }
            // All checked is every type, types added later included.
            // None checked shows none: a code no type can have.
            m_checkedTypes = checked.size() == actions.size() ? QStringList{}
                             : checked.isEmpty()              ? QStringList{QStringLiteral("-")}
                                                              : checked;
            refreshIfShown();
        });
    }

    const qint64 current = m_scope->currentData().toLongLong();
    const QSignalBlocker quiet(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Whole library"), qint64(0));
    for (const Collection& c : m_collections.collections().value_or(QList<Collection>()))
        m_scope->addItem(tr("Collection «%1»").arg(displaySafe(c.name)), c.id);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(current)));
}

NetworkFilter NetworkView::filter() const
{
    NetworkFilter filter;
    filter.relationTypes = m_checkedTypes;
    filter.scope.collectionId = m_scope->currentData().toLongLong();
    filter.from = dateBoundOf(m_from);
    filter.to = dateBoundOf(m_to);
    return filter;
}

void NetworkView::setFilter(const NetworkFilter& filter)
{
    {
        const QSignalBlocker a(m_scope), b(m_from), c(m_to);
        m_scope->setCurrentIndex(qMax(0, m_scope->findData(filter.scope.collectionId)));
        m_from->setDate(filter.from.isValid() ? filter.from : m_from->minimumDate());
        m_to->setDate(filter.to.isValid() ? filter.to : m_to->minimumDate());
        m_checkedTypes = filter.relationTypes;
        for (QAction* action : m_types->menu()->actions()) {
            const QSignalBlocker quiet(action);
            action->setChecked(m_checkedTypes.isEmpty() || m_checkedTypes.contains(action->data().toString()));
        }
    }
    refreshIfShown();
}

void NetworkView::setMaxNodes(int count)
{
    m_maxNodes->setValue(count);
    refreshIfShown();
}

void NetworkView::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    refresh();
}

void NetworkView::refreshIfShown()
{
    if (isVisible())
        refresh();
}

void NetworkView::refresh()
{
    if (m_working) {
        m_working->cancel(); // dropped; it deletes itself when its thread ends
        disconnect(m_working, nullptr, this, nullptr);
    }
    const quint64 generation = ++m_generation;
    const NetworkFilter wanted = filter();
    const int maxNodes = m_maxNodes->value();
    m_summary->setText(tr("Laying out…"));
    auto network = std::make_shared<EntityNetwork>();
    auto totals = std::make_shared<std::pair<int, int>>();
    auto error = std::make_shared<QString>();
    m_working = new Job(tr("Building the network"), m_library.path(), {}, [=](Library& library, const JobControl&) {
        Result<EntityNetwork> built = EntityNetworkBuilder(library).build(wanted);
        if (!built) {
            *error = built.error();
            return;
        }
        *totals = {int(built->nodes.size()), int(built->edges.size())};
        *network = largestPart(*built, maxNodes);
    });
    Job* job = m_working;
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, this, [=, this] {
        if (generation != m_generation)
            return;
        m_working = nullptr;
        if (!job->openError().isEmpty() || !error->isEmpty()) {
            m_summary->setText(job->openError().isEmpty() ? *error : job->openError());
            emit shown();
            return;
        }
        m_totalNodes = totals->first;
        m_totalEdges = totals->second;
        layOut(network, generation);
    });
    job->start();
}

void NetworkView::layOut(const std::shared_ptr<EntityNetwork>& network, quint64 generation)
{
    QList<QSizeF> sizes;
    QList<std::pair<int, int>> edges;
    for (const NetworkNode& node : std::as_const(network->nodes))
        sizes.append(m_scene->nodeBox(node));
    for (const NetworkEdge& edge : std::as_const(network->edges))
        edges.append({edge.from, edge.to});
    auto layout = std::make_shared<Result<GraphLayout>>(failure(QString()));
    m_working = new Job(tr("Laying out the network"), [=](const JobControl&) { *layout = layoutGraph(sizes, edges); });
    Job* job = m_working;
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, this, [=, this] {
        if (generation != m_generation)
            return;
        m_working = nullptr;
        if (!*layout) {
            m_summary->setText(layout->error());
            emit shown();
            return;
        }
        m_scene->showNetwork(*network, **layout);
        showLegend(*network);
        m_evidence->clear();
        m_view->resetTransform();
        m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
        if (m_view->transform().m11() > 1.5) // a small network is not blown up
            m_view->setTransform(QTransform::fromScale(1.5, 1.5));
        const int shownNodes = int(network->nodes.size());
        m_summary->setText(
            shownNodes < m_totalNodes
                ? tr("%1 of %2 entities, %3 of %4 edges")
                      .arg(QLocale().toString(shownNodes), QLocale().toString(m_totalNodes),
                           QLocale().toString(network->edges.size()), QLocale().toString(m_totalEdges))
                : tr("%1 entities, %2 edges").arg(QLocale().toString(shownNodes), QLocale().toString(m_totalEdges)));
        if (network->nodes.isEmpty())
            m_summary->setText(tr("No relations match. Link entities in the reader with L."));
        emit shown();
    });
    job->start();
}

void NetworkView::showLegend(const EntityNetwork& network)
{
    const Result<AnnotationSchema> schema = m_schema.schema();
    QStringList entries;
    QSet<QString> seen;
    for (const NetworkEdge& edge : network.edges) {
        if (seen.contains(edge.typeCode))
            continue;
        seen.insert(edge.typeCode);
        const RelationType* type = schema ? schema->relationType(edge.typeCode) : nullptr;
        const QString name = !type ? edge.typeCode : isRightToLeft() ? type->nameAr : type->nameEn;
        entries.append(QStringLiteral("<span style=\"color:%1\">━━</span> %2")
                           .arg(edge.colour.toHtmlEscaped(), displaySafe(name).toHtmlEscaped()));
    }
    m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_legend->setVisible(!entries.isEmpty());
}

void NetworkView::showEvidence(int edgeIndex)
{
    m_evidence->clear();
    const EntityNetwork& network = m_scene->network();
    if (edgeIndex < 0 || edgeIndex >= network.edges.size())
        return;
    const NetworkEdge& edge = network.edges.at(edgeIndex);
    EntityNetworkBuilder builder(m_library);
    for (qsizetype i = 0; i < edge.evidence.size() && i < MaxEvidenceShown; ++i) {
        const NetworkEvidence& evidence = edge.evidence.at(i);
        const Result<EvidenceSentence> sentence = builder.sentence(evidence);
        if (!sentence)
            continue;
        auto* item =
            new QListWidgetItem(displaySafe(sentence->articleTitle) + u'\n' + displaySafe(sentence->text.simplified()));
        item->setData(ArticleRole, evidence.articleId);
        const qsizetype start = sentence->sentenceStart + qMin(sentence->fromStart, sentence->toStart);
        const qsizetype end = sentence->sentenceStart + qMax(sentence->fromEnd, sentence->toEnd);
        item->setData(StartRole, qint64(start));
        item->setData(EndRole, qint64(end));
        item->setToolTip(
            tr("«%1» %2 «%3»")
                .arg(displaySafe(sentence->text.mid(sentence->fromStart, sentence->fromEnd - sentence->fromStart)),
                     displaySafe(edge.typeName),
                     displaySafe(sentence->text.mid(sentence->toStart, sentence->toEnd - sentence->toStart))));
        m_evidence->addItem(item);
    }
    if (edge.evidence.size() > MaxEvidenceShown) {
        m_evidence->addItem(tr("… and %Ln more", nullptr, int(edge.evidence.size() - MaxEvidenceShown)));
    }
}

void NetworkView::zoomBy(double factor)
{
    m_view->scale(factor, factor);
}

bool NetworkView::savePicture(const QString& path, QString& error) const
{
    const QRectF source = m_scene->sceneRect();
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(windowTitle());
        QPainter painter;
        if (!painter.begin(&svg)) {
            error = tr("%1 could not be written.").arg(path);
            return false;
        }
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return true;
    }
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(path, "PNG")) {
        error = tr("%1 could not be written.").arg(path);
        return false;
    }
    return true;
}

bool NetworkView::exportGraph(const QString& path, QString& error) const
{
    const GraphFormat format =
        path.endsWith(QStringLiteral(".gexf"), Qt::CaseInsensitive) ? GraphFormat::Gexf : GraphFormat::GraphMl;
    if (Status written = writeGraphFile(m_scene->network(), format, path); !written) {
        error = written.error();
        return false;
    }
    return true;
}

void NetworkView::choosePicturePath()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Picture"), tr("network.png"),
                                                      tr("PNG images (*.png);;SVG drawings (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!savePicture(path, error))
        QMessageBox::warning(this, tr("Save Picture"), error);
}

void NetworkView::chooseGraphPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), tr("network.graphml"),
                                                      tr("GraphML (*.graphml);;GEXF for Gephi (*.gexf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportGraph(path, error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

} // namespace hamish
