#pragma once

#include "learn/labelrecommender.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hamish {

class Job;
class JobRunner;
class LabelBar;
class Library;
class RecommenderController;
class RelationService;

// Document-label suggestions in the window: the open article's, computed on a worker thread and
// shown in the label bar as they arrive; training on a worker thread on demand and after every
// few label changes; refusals remembered in the library. The rule (examples, F1) is the entity
// recommender's.
class LabelSuggester final : public QObject
{
    Q_OBJECT

public:
    // Label changes after which the classifier trains again: training takes seconds, and a
    // library has far fewer labels than tags.
    static constexpr int RetrainEvery = 5;

    LabelSuggester(Library& library, RelationService& relations, LabelBar& bar, RecommenderController& rules,
                   JobRunner& jobs, QObject* parent = nullptr);

    void setArticle(qint64 articleId);
    bool train();
    bool isTraining() const { return !m_training.isNull(); }
    std::optional<TrainingReport> report() const { return m_report; }
    QList<LabelSuggestion> suggestions() const { return m_suggestions; }

signals:
    void trained(const hamish::TrainingReport& report);
    void trainingFailed(const QString& message);
    void suggestionsShown(int count);
    void statusMessage(const QString& message);

private:
    void refreshSuggestions();
    void reject(qint64 labelId);
    void maybeRetrain();

    Library& m_library;
    RelationService& m_relations;
    LabelBar& m_bar;
    RecommenderController& m_rules;
    JobRunner& m_jobs;
    qint64 m_articleId = 0;
    std::optional<TrainingReport> m_report;
    QList<LabelSuggestion> m_suggestions;
    QPointer<Job> m_training;
    QTimer m_retrainCheck;
    qint64 m_failedAt = -1; // the labels there were when training last failed: not again for them
    quint64 m_generation = 0;
};

} // namespace hamish
