#include "learn/reviewdialog.h"

#include "articles/collectionservice.h"
#include "jobs/job.h"
#include "learn/recommendercontroller.h"
#include "storage/library.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamish {

ReviewDialog::ReviewDialog(Library& library, RecommenderController& recommender, CollectionService& collections,
                           qint64 openArticle, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_recommender(recommender)
    , m_scope(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_openArticle(openArticle)
{
    setWindowTitle(tr("Review Suggestions"));
    resize(620, 480);
    if (openArticle > 0)
        m_scope->addItem(tr("This article"), qint64(-1));
    m_scope->addItem(tr("Whole library"), qint64(0));
    for (const Collection& c : collections.collections().value_or(QList<Collection>()))
        m_scope->addItem(tr("Collection «%1»").arg(displaySafe(c.name)), c.id);
    m_scope->setAccessibleName(tr("Review the suggestions of"));
    m_list->setAccessibleName(tr("Suggestions to review"));
    m_list->setLayoutDirection(Qt::RightToLeft);
    auto* accept = new QPushButton(tr("&Accept (A)"), this);
    auto* reject = new QPushButton(tr("&Reject (R)"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(accept, QDialogButtonBox::ActionRole);
    buttons->addButton(reject, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(accept, &QPushButton::clicked, this, &ReviewDialog::acceptCurrent);
    connect(reject, &QPushButton::clicked, this, &ReviewDialog::rejectCurrent);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReviewDialog::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_queue.size())
            emit suggestionRequested(m_queue.at(row).articleId, {m_queue.at(row).start, m_queue.at(row).end});
    });
    refresh();
}

void ReviewDialog::refresh()
{
    const quint64 generation = ++m_generation;
    m_list->clear();
    m_queue.clear();
    const std::optional<TrainingReport> report = m_recommender.report();
    if (!report) {
        m_status->setText(tr("No model yet: train it first (Annotate ▸ Train the Entity Model)."));
        emit counted();
        return;
    }
    m_status->setText(tr("Looking for suggestions…"));
    const qint64 chosen = m_scope->currentData().toLongLong();
    const qint64 article = chosen < 0 ? m_openArticle : 0;
    const ArticleScope scope{chosen > 0 ? chosen : 0};
    const SuggestionRule rule = m_recommender.rule();
    auto found = std::make_shared<QList<ModelSuggestion>>();
    auto* job = new Job(
        tr("Finding suggestions"), m_library.path(), {},
        [=](Library& library, const JobControl& control) {
            EntityRecommender recommender(library);
            const Result<NerModel> model = recommender.model();
            if (!model)
                return;
            const QList<qint64> ids =
                article > 0 ? QList<qint64>{article} : library.articles().idsIn(scope).value_or(QList<qint64>{});
            for (const qint64 id : ids) {
                if (control.isCancelled())
                    return;
                if (Result<QList<ModelSuggestion>> s = recommender.suggest(id, *model, *report, rule))
                    found->append(*s);
            }
            *found = EntityRecommender::reviewOrder(*found);
        },
        this);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, this, [this, generation, found] {
        if (generation == m_generation)
            display(*found);
    });
    job->start();
}

void ReviewDialog::display(const QList<ModelSuggestion>& queue)
{
    m_queue = queue;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const ModelSuggestion& s : queue)
        m_list->addItem(QStringLiteral("%1 — %2 (%3 %)")
                            .arg(displaySafe(s.text), s.type, QLocale().toString(qRound(s.confidence * 100))));
    m_status->setText(tr("%Ln suggestion(s), the least certain first.", nullptr, int(queue.size())));
    emit counted();
    if (!queue.isEmpty())
        m_list->setCurrentRow(0);
}

void ReviewDialog::takeCurrent()
{
    const int row = m_list->currentRow();
    m_queue.removeAt(row);
    delete m_list->takeItem(row);
    m_status->setText(tr("%Ln suggestion(s) left.", nullptr, int(m_queue.size())));
    if (!m_queue.isEmpty())
        emit suggestionRequested(m_queue.at(m_list->currentRow()).articleId,
                                 {m_queue.at(m_list->currentRow()).start, m_queue.at(m_list->currentRow()).end});
}

bool ReviewDialog::acceptCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_queue.size())
        return false;
    emit acceptRequested(m_queue.at(row));
    takeCurrent();
    return true;
}

bool ReviewDialog::rejectCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_queue.size())
        return false;
    if (!EntityRecommender(m_library).reject(m_queue.at(row)))
        return false;
    takeCurrent();
    return true;
}

void ReviewDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier && event->key() == Qt::Key_A) {
        acceptCurrent();
        return;
    }
    if (event->modifiers() == Qt::NoModifier && event->key() == Qt::Key_R) {
        rejectCurrent();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace hamish
