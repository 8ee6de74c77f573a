#pragma once

#include "learn/labelclassifier.h"
#include "learn/trainingreport.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <optional>

namespace hamish {

class Library;

// The label classifiers of every label set that had enough labelled articles, by set code.
struct LabelModel
{
    static constexpr int FormatVersion = 1;
    QMap<QString, LabelClassifier> sets;

    QByteArray save() const;
    static Result<LabelModel> load(const QByteArray& bytes);
};

// A document label the classifier proposes for an article. `key` is "set/code", the form the
// report scores labels by.
struct LabelSuggestion
{
    qint64 articleId = 0;
    qint64 labelId = 0;
    QString key;
    double confidence = 0;
};

// Document labels learnt from the labelled articles, as the entity recommender learns tags:
// one fastText classifier per label set, scored by k-fold cross-validation over the articles,
// stored in the library (kind "labels"), proposing a label only when the rule allows it.
class LabelRecommender
{
    Q_DECLARE_TR_FUNCTIONS(LabelRecommender)

public:
    explicit LabelRecommender(Library& library)
        : m_library(library)
    {
    }

    static QString keyOf(const QString& setCode, const QString& labelCode);

    // Trains a classifier for every label set with at least `folds` labelled articles (not in
    // the Trash), cross-validates it by article and stores them all. No such set is an error.
    Result<TrainingReport> train(int folds = 5, const LabelOptions& options = {},
                                 const std::function<bool()>& cancelled = {});
    Result<LabelModel> model();
    Result<std::optional<TrainingReport>> report();
    // The labels the model gives the article that `author` has not set (none of a single-choice
    // set where one is set), left out those rejected for it and those the rule does not allow.
    Result<QList<LabelSuggestion>> suggest(qint64 articleId, const QString& author, const LabelModel& model,
                                           const TrainingReport& report, const SuggestionRule& rule = {});
    Status reject(const LabelSuggestion& suggestion);
    // Labels set or removed since the training read its data.
    Result<qint64> labelChangesSince(const TrainingReport& report);

private:
    Library& m_library;
};

} // namespace hamish
