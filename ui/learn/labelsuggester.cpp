#include "learn/labelsuggester.h"

#include "annotations/relationservice.h"
#include "jobs/jobrunner.h"
#include "labels/labelbar.h"
#include "learn/recommendercontroller.h"
#include "storage/database.h"
#include "storage/library.h"

namespace hamish {

LabelSuggester::LabelSuggester(Library& library, RelationService& relations, LabelBar& bar,
                               RecommenderController& rules, JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_relations(relations)
    , m_bar(bar)
    , m_rules(rules)
    , m_jobs(jobs)
{
    if (Result<std::optional<TrainingReport>> stored = LabelRecommender(m_library).report();
        stored && *stored && (*stored)->formatVersion == LabelModel::FormatVersion)
        m_report = *stored;
    connect(&m_bar, &LabelBar::suggestionRejected, this, &LabelSuggester::reject);
    connect(&m_rules, &RecommenderController::ruleChanged, this, &LabelSuggester::refreshSuggestions);
    m_retrainCheck.setSingleShot(true);
    m_retrainCheck.setInterval(2000);
    connect(&m_retrainCheck, &QTimer::timeout, this, &LabelSuggester::maybeRetrain);
    connect(&m_relations, &RelationService::labelsChanged, this, [this](qint64 articleId) {
        if (m_rules.retrainEvery() > 0 && !m_retrainCheck.isActive())
            m_retrainCheck.start();
        // A label set or removed on the open article: what is left to suggest changed.
        if (articleId == m_articleId)
            refreshSuggestions();
    });
}

void LabelSuggester::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refreshSuggestions();
}

void LabelSuggester::refreshSuggestions()
{
    const quint64 generation = ++m_generation;
    m_suggestions.clear();
    m_bar.setSuggestions({});
    if (m_articleId <= 0 || !m_report)
        return;
    const qint64 articleId = m_articleId;
    const TrainingReport report = *m_report;
    const SuggestionRule rule = m_rules.rule();
    const QString author = m_relations.author();
    auto found = std::make_shared<QList<LabelSuggestion>>();
    Job* job = m_jobs.start(tr("Suggesting labels"), [=](Library& library, const JobControl&) {
        LabelRecommender recommender(library);
        const Result<LabelModel> model = recommender.model();
        if (!model)
            return;
        if (Result<QList<LabelSuggestion>> s = recommender.suggest(articleId, author, *model, report, rule))
            *found = *s;
    });
    connect(job, &Job::finished, this, [this, generation, articleId, found] {
        if (generation != m_generation || articleId != m_articleId)
            return;
        m_suggestions = *found;
        m_bar.setSuggestions(m_suggestions);
        emit suggestionsShown(int(m_suggestions.size()));
    });
}

void LabelSuggester::reject(qint64 labelId)
{
    for (const LabelSuggestion& s : std::as_const(m_suggestions)) {
        if (s.labelId != labelId)
            continue;
        if (Status done = LabelRecommender(m_library).reject(s); !done) {
            emit statusMessage(done.error());
            return;
        }
        m_suggestions.removeIf([labelId](const LabelSuggestion& x) { return x.labelId == labelId; });
        m_bar.setSuggestions(m_suggestions);
        return;
    }
}

bool LabelSuggester::train()
{
    if (m_training)
        return false;
    auto result = std::make_shared<Result<TrainingReport>>(failure(QString()));
    m_training = m_jobs.start(tr("Training the label model"), [result](Library& library, const JobControl& control) {
        *result = LabelRecommender(library).train(5, {}, [&control] { return control.isCancelled(); });
    });
    emit statusMessage(tr("Training the label model on a worker thread…"));
    connect(m_training, &Job::finished, this, [this, result] {
        if (!*result) {
            m_failedAt =
                m_library.database().queryInt(QStringLiteral("SELECT count(*) FROM article_label")).value_or(-1);
            emit trainingFailed(result->error());
            return;
        }
        m_failedAt = -1;
        m_report = **result;
        emit trained(**result);
        emit statusMessage(tr("The label model was trained: F1 %1 in cross-validation.")
                               .arg((*result)->evaluation.micro.f1(), 0, 'f', 2));
        refreshSuggestions();
    });
    return true;
}

void LabelSuggester::maybeRetrain()
{
    if (m_rules.retrainEvery() <= 0 || m_training)
        return;
    if (!m_report) {
        // Never trained: try once the library holds enough labels, and not again for the same.
        const Result<qint64> labels =
            m_library.database().queryInt(QStringLiteral("SELECT count(*) FROM article_label"));
        if (labels && *labels >= RetrainEvery && *labels != m_failedAt)
            train();
        return;
    }
    const Result<qint64> changes = LabelRecommender(m_library).labelChangesSince(*m_report);
    if (changes && *changes >= RetrainEvery)
        train();
}

} // namespace hamish
