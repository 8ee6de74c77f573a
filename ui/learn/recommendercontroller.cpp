#include "learn/recommendercontroller.h"

#include "annotate/annotationcontroller.h"
#include "annotations/annotationservice.h"
#include "jobs/jobrunner.h"
#include "reader/readerview.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QMutex>
#include <QSettings>

namespace hamish {

namespace {

const QString RetrainKey = QStringLiteral("recommender/retrainEvery");
const QString ThresholdKey = QStringLiteral("recommender/minimumF1");
const QString ExamplesKey = QStringLiteral("recommender/minimumExamples");

} // namespace

struct RecommenderController::ModelCache
{
    QMutex mutex;
    QDateTime trainedAt;
    NerModel model;

    // The model of the training `report` describes, read from the library once.
    std::optional<NerModel> modelFor(const TrainingReport& report, Library& library)
    {
        QMutexLocker lock(&mutex);
        if (!model.isValid() || trainedAt != report.trainedAt) {
            Result<NerModel> stored = EntityRecommender(library).model();
            if (!stored)
                return std::nullopt;
            model = *stored;
            trainedAt = report.trainedAt;
        }
        return model;
    }
};

RecommenderController::RecommenderController(Library& library, AnnotationService& annotations,
                                             AnnotationController& controller, ReaderView& reader, JobRunner& jobs,
                                             QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_annotations(annotations)
    , m_controller(controller)
    , m_reader(reader)
    , m_jobs(jobs)
    , m_cache(std::make_shared<ModelCache>())
{
    QSettings settings;
    m_retrainEvery = settings.value(RetrainKey, 50).toInt();
    m_rule.minimumF1 = settings.value(ThresholdKey, 0.5).toDouble();
    m_rule.minimumExamples = settings.value(ExamplesKey, 10).toInt();
    // The rejecter needs the type's code, not its id.
    m_controller.setModelRejecter([this](const Suggestion& s) -> Status {
        QString code;
        for (const EntityType& type : m_annotations.entityTypes().value_or(QList<EntityType>{})) {
            if (type.id == s.entityTypeId)
                code = type.code;
        }
        return EntityRecommender(m_library).reject({m_articleId, s.span.start, s.span.end, code, s.confidence, s.text});
    });
    // Counting the library's tags scans the annotation table: not on every tag, but once a burst
    // of changes has settled.
    m_retrainCheck.setSingleShot(true);
    m_retrainCheck.setInterval(2000);
    connect(&m_retrainCheck, &QTimer::timeout, this, &RecommenderController::maybeRetrain);
    connect(&m_annotations, &AnnotationService::annotationsChanged, this, [this] {
        if (m_retrainEvery > 0 && !m_retrainCheck.isActive())
            m_retrainCheck.start();
    });
    loadReport();
    preloadModel();
}

void RecommenderController::preloadModel()
{
    if (!m_report)
        return;
    // Read before the first article asks, so its suggestions do not wait for it.
    m_jobs.start(tr("Loading the entity model"),
                 [cache = m_cache, report = *m_report](Library& library, const JobControl&) {
                     cache->modelFor(report, library);
                 });
}

void RecommenderController::loadReport()
{
    const Result<std::optional<TrainingReport>> stored = EntityRecommender(m_library).report();
    m_report = stored ? *stored : std::nullopt;
    if (m_report && m_report->formatVersion != NerModel::FormatVersion)
        m_report.reset(); // another version's: retrained, never used
}

void RecommenderController::setRule(const SuggestionRule& rule)
{
    m_rule = rule;
    QSettings settings;
    settings.setValue(ThresholdKey, rule.minimumF1);
    settings.setValue(ExamplesKey, rule.minimumExamples);
    refreshSuggestions();
    emit ruleChanged();
}

void RecommenderController::setRetrainEvery(int tags)
{
    m_retrainEvery = qMax(0, tags);
    QSettings().setValue(RetrainKey, m_retrainEvery);
}

void RecommenderController::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refreshSuggestions();
}

void RecommenderController::refreshSuggestions()
{
    const quint64 generation = ++m_generation;
    m_reader.overlay().setModelSuggestions({});
    if (m_articleId <= 0 || !m_report)
        return;
    const qint64 articleId = m_articleId;
    const TrainingReport report = *m_report;
    const SuggestionRule rule = m_rule;
    const TextSpan visible = m_reader.visibleSpan();
    auto found = std::make_shared<QList<ModelSuggestion>>();
    // Computed on a worker thread with its own connection: the part on screen first, drawn as
    // soon as it is known, then the rest.
    Job* job = m_jobs.start(tr("Suggesting tags"), [=, this, cache = m_cache](Library& library, const JobControl&) {
        const std::optional<NerModel> model = cache->modelFor(report, library);
        if (!model)
            return;
        const auto partial = [this, generation, articleId](const QList<ModelSuggestion>& some) {
            QMetaObject::invokeMethod(
                this, [this, generation, articleId, some] { show(generation, articleId, some, false); },
                Qt::QueuedConnection);
        };
        if (Result<QList<ModelSuggestion>> s =
                EntityRecommender(library).suggest(articleId, *model, report, rule, visible, partial))
            *found = *s;
    });
    connect(job, &Job::finished, this,
            [this, generation, articleId, found] { show(generation, articleId, *found, true); });
}

void RecommenderController::show(quint64 generation, qint64 articleId, const QList<ModelSuggestion>& found,
                                 bool complete)
{
    if (generation != m_generation || articleId != m_articleId)
        return;
    QHash<QString, qint64> typeIds;
    for (const EntityType& type : m_annotations.entityTypes().value_or(QList<EntityType>{}))
        typeIds.insert(type.code, type.id);
    QList<Suggestion> suggestions;
    for (const ModelSuggestion& s : found) {
        if (const qint64 typeId = typeIds.value(s.type); typeId > 0)
            suggestions.append({0, typeId, {s.start, s.end}, s.text, true, s.confidence});
    }
    m_reader.overlay().setModelSuggestions(suggestions);
    m_reader.overlayChanged();
    if (complete)
        emit suggestionsShown(int(suggestions.size()));
    else
        emit visibleSuggestionsShown(int(suggestions.size()));
}

bool RecommenderController::train()
{
    if (m_training)
        return false;
    auto result = std::make_shared<Result<TrainingReport>>(failure(QString()));
    m_training = m_jobs.start(tr("Training the entity model"), [result](Library& library, const JobControl& control) {
        *result = EntityRecommender(library).train(5, {}, [&control] { return control.isCancelled(); });
    });
    emit statusMessage(tr("Training the entity model on a worker thread…"));
    connect(m_training, &Job::finished, this, [this, result] {
        if (!*result) {
            emit trainingFailed(result->error());
            return;
        }
        m_report = **result;
        emit trained(**result);
        emit statusMessage(tr("The entity model was trained: F1 %1 in cross-validation.")
                               .arg((*result)->evaluation.micro.f1(), 0, 'f', 2));
        refreshSuggestions();
    });
    return true;
}

void RecommenderController::maybeRetrain()
{
    if (m_retrainEvery <= 0 || m_training)
        return;
    if (!m_report) {
        const Result<qint64> tags =
            m_library.database().queryInt(QStringLiteral("SELECT count(*) FROM annotation WHERE kind = 'entity'"));
        if (tags && *tags >= qMax<qint64>(m_retrainEvery, EntityRecommender::MinimumTags))
            train();
        return;
    }
    const Result<qint64> changes = EntityRecommender(m_library).tagChangesSince(*m_report);
    if (changes && *changes >= m_retrainEvery)
        train();
}

} // namespace hamish
