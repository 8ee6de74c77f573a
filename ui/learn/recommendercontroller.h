#pragma once

#include "learn/entityrecommender.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace hamish {

class AnnotationController;
class AnnotationService;
class Job;
class JobRunner;
class Library;
class ReaderView;

// The recommender in the window: the open article's model suggestions computed on a worker
// thread and drawn as they arrive, training on a worker thread on demand and after every N new
// entity tags (N in the settings; 0 turns it off), and rejections remembered in the library.
class RecommenderController final : public QObject
{
    Q_OBJECT

public:
    RecommenderController(Library& library, AnnotationService& annotations, AnnotationController& controller,
                          ReaderView& reader, JobRunner& jobs, QObject* parent = nullptr);

    void setArticle(qint64 articleId);
    // Starts training unless a training runs; false when one does.
    bool train();
    bool isTraining() const { return !m_training.isNull(); }
    // What the stored model's training reported (nothing before the first).
    std::optional<TrainingReport> report() const { return m_report; }
    SuggestionRule rule() const { return m_rule; }
    void setRule(const SuggestionRule& rule);
    int retrainEvery() const { return m_retrainEvery; }
    void setRetrainEvery(int tags);

signals:
    void trained(const hamish::TrainingReport& report);
    void trainingFailed(const QString& message);
    // The suggestions of the part of the article on screen, then all of them.
    void visibleSuggestionsShown(int count);
    void suggestionsShown(int count);
    void ruleChanged();
    void statusMessage(const QString& message);

private:
    void loadReport();
    void refreshSuggestions();
    void maybeRetrain();
    void show(quint64 generation, qint64 articleId, const QList<ModelSuggestion>& found, bool complete);
    void preloadModel();

    Library& m_library;
    AnnotationService& m_annotations;
    AnnotationController& m_controller;
    ReaderView& m_reader;
    JobRunner& m_jobs;
    qint64 m_articleId = 0;
    std::optional<TrainingReport> m_report;
    SuggestionRule m_rule;
    int m_retrainEvery = 50;
    QPointer<Job> m_training;
    QTimer m_retrainCheck;
    quint64 m_generation = 0;
    // The stored model, read once for all suggestion jobs (and again after a training).
    struct ModelCache;
    std::shared_ptr<ModelCache> m_cache;
};

} // namespace hamish
