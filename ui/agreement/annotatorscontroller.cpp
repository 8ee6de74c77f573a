#include "agreement/annotatorscontroller.h"

#include "agreement/agreementview.h"
#include "agreement/annotatorprogress.h"
#include "agreement/comparisonview.h"
#include "agreement/curationcontroller.h"
#include "annotate/annotationcontroller.h"
#include "annotations/relationservice.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "undo/changecommand.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>

namespace hamish {

AnnotatorsController::AnnotatorsController(const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_services(parts.services)
    , m_undoStack(parts.undoStack)
    , m_jobs(parts.jobs)
    , m_annotations(parts.annotations)
    , m_model(parts.model)
    , m_libraryView(parts.libraryView)
    , m_currentArticle(parts.currentArticle)
    , m_window(parts.window)
    , m_markDone(new QAction(tr("Mark &Done"), this))
    , m_curation(new CurationController(parts.services.library, parts.services.annotations, parts.services.relations,
                                        parts.undoStack, this))
{
    // Done for the annotator named in Preferences: agreement compares the articles every compared
    // annotator finished.
    m_markDone->setCheckable(true);
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_markDone->setToolTip(tr("You have finished annotating this article"));
    connect(m_markDone, &QAction::triggered, this, &AnnotatorsController::setArticleDone);
    connect(m_curation, &CurationController::progressComputed, &m_model, &LibraryModel::setCurationProgress);
    connect(m_curation, &CurationController::errorOccurred, this, &AnnotatorsController::errorOccurred);
}

void AnnotatorsController::addViewActions(QMenu* view)
{
    view->addAction(tr("&Agreement…"), this, &AnnotatorsController::showAgreement)
        ->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(tr("&Compare Annotators…"), this, [this] { showComparison(); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    // The library list's Curation column: disagreements resolved of all, per article.
    QAction* curation = view->addAction(tr("C&uration Progress"));
    curation->setCheckable(true);
    connect(curation, &QAction::toggled, this, [this](bool shown) {
        m_libraryView.list()->setColumnHidden(LibraryModel::CurationColumn, !shown);
        if (shown)
            m_curation->computeProgress(m_jobs);
    });
    connect(m_curation, &CurationController::curated, this, [this, curation](const QList<qint64>& articles) {
        if (curation->isChecked())
            m_curation->computeProgress(m_jobs, articles);
    });
    // Which annotators' layers the reader shows: all, or those checked.
    QMenu* layers = view->addMenu(tr("La&yers"));
    connect(layers, &QMenu::aboutToShow, this, [this, layers] { fillLayersMenu(layers); });
}

void AnnotatorsController::fillLayersMenu(QMenu* layers)
{
    layers->clear();
    const QStringList visible = m_annotations.visibleLayers();
    QAction* all = layers->addAction(tr("&All Layers"), this, [this] { m_annotations.setVisibleLayers({}); });
    all->setCheckable(true);
    all->setChecked(visible.isEmpty());
    layers->addSeparator();
    for (const QString& annotator : AnnotatorProgress(m_services.library).annotators().value_or(QStringList{})) {
        QAction* one = layers->addAction(annotator, this, [this, annotator](bool checked) {
            QStringList now = m_annotations.visibleLayers();
            if (checked)
                now.append(annotator);
            else
                now.removeAll(annotator);
            m_annotations.setVisibleLayers(now);
        });
        one->setCheckable(true);
        one->setChecked(visible.contains(annotator));
    }
}

void AnnotatorsController::updateMarkDone()
{
    const qint64 id = m_currentArticle();
    m_markDone->setEnabled(id > 0);
    m_markDone->setChecked(
        id > 0 && AnnotatorProgress(m_services.library).state(id, m_services.relations.author()) == WorkState::Done);
}

void AnnotatorsController::setArticleDone(bool done)
{
    const qint64 id = m_currentArticle();
    if (id <= 0)
        return;
    const QString annotator = m_services.relations.author();
    const auto mark = [this, id, annotator](bool value) {
        return [this, id, annotator, value]() -> Status {
            Status ok = AnnotatorProgress(m_services.library).setDone(id, annotator, value);
            updateMarkDone();
            return ok;
        };
    };
    if (Status ok = mark(done)(); !ok) {
        emit statusMessage(ok.error(), 8000);
        return;
    }
    m_undoStack.push(new ChangeCommand(done ? tr("Mark the article done") : tr("Mark the article not done"), mark(done),
                                       mark(!done),
                                       [this](const QString& message) { emit statusMessage(message, 8000); }));
    emit statusMessage(done ? tr("%1 has finished this article: agreement counts it.").arg(annotator)
                            : tr("%1 is working on this article again.").arg(annotator),
                       6000);
}

AgreementView* AnnotatorsController::showAgreement()
{
    if (!m_agreement) {
        m_agreement = new AgreementView(m_jobs, m_window);
        connect(m_agreement, &AgreementView::compareRequested, this,
                [this](const QString& first, const QString& second) { showComparison(first, second); });
    } else if (m_agreement->isVisible()) {
        m_agreement->refresh();
    }
    m_agreement->show(); // computes when it first appears
    m_agreement->raise();
    m_agreement->activateWindow();
    return m_agreement;
}

ComparisonView* AnnotatorsController::showComparison(const QString& first, const QString& second)
{
    if (!m_comparison) {
        m_comparison = new ComparisonView(m_services, *m_curation, m_window);
        connect(m_comparison, &ComparisonView::errorOccurred, this, &AnnotatorsController::errorOccurred);
    }
    QStringList pair{first, second};
    if (first.isEmpty() || second.isEmpty()) {
        pair = AnnotatorProgress(m_services.library).annotators().value_or(QStringList{});
        pair.removeAll(m_curation->curator());
    }
    m_comparison->comparePair(pair.value(0), pair.value(1), m_currentArticle());
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

} // namespace hamish
