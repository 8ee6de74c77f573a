#pragma once

#include "learn/evaluation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace hamish {

// What a training taught, as stored with its model: the entity model's types or the label
// classifier's labels ("set/code"), scored by k-fold cross-validation.
struct TrainingReport
{
    Evaluation evaluation; // k-fold cross-validation
    int folds = 0;
    bool foldsByArticle = false;
    QHash<QString, int> examples; // per type or label
    qint64 tokens = 0;
    int sentences = 0; // the entity model's; the label classifier's are articles
    double seconds = 0;
    QDateTime trainedAt;
    QDateTime dataAsOf;        // when the training read its tags: later changes teach the next
    qint64 tagsAtTraining = 0; // the library's entity tags (or article labels) then
    int formatVersion = 0;
};

QJsonObject reportToJson(const TrainingReport& report);
TrainingReport reportFromJson(const QJsonObject& json);

// When a type's (or a label's) suggestions show: enough examples, and a cross-validated F1 that
// reaches the threshold. `reason` says why not.
struct SuggestionRule
{
    int minimumExamples = 10;
    double minimumF1 = 0.5;
    bool allows(const TrainingReport& report, const QString& type, QString* reason = nullptr) const;

    Q_DECLARE_TR_FUNCTIONS(SuggestionRule)
};

} // namespace hamish
