#pragma once

#include "learn/nerdataset.h"
#include "learn/nermodel.h"
#include "learn/trainingreport.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace hamish {

class Library;

// A span the model proposes, in UTF-16 units of the canonical body.
struct ModelSuggestion
{
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString type;
    double confidence = 0;
    QString text;
};

// The entity recommender: learns from the library's entity tags (NerDataset), scores itself
// by k-fold cross-validation, stores the model and its report in the library, and proposes
// tags for an article's untagged spans.
class EntityRecommender
{
    Q_DECLARE_TR_FUNCTIONS(EntityRecommender)

public:
    static constexpr int MinimumTags = 20;

    explicit EntityRecommender(Library& library)
        : m_library(library)
    {
    }

    // Trains on every tagged article (not in the Trash), cross-validates with `folds` folds,
    // and stores the model trained on everything. Too few tags is an error, not a model.
    Result<TrainingReport> train(int folds = 5, const NerOptions& options = {},
                                 const std::function<bool()>& cancelled = {});
    // The stored model: none yet, one of another format version (retrain it) and damaged bytes
    // are errors that say so.
    Result<NerModel> model();
    Result<std::optional<TrainingReport>> report();
    // The model's suggestions in an article, its tags and rejected spans left out, for the
    // types the rule allows.
    // The sentences that meet `first` (the part of the article on screen) come first, and what
    // they give is handed to `partial` before the rest are read.
    Result<QList<ModelSuggestion>> suggest(qint64 articleId, const NerModel& model, const TrainingReport& report,
                                           const SuggestionRule& rule = {}, const TextSpan& first = {},
                                           const std::function<void(const QList<ModelSuggestion>&)>& partial = {});
    Status reject(const ModelSuggestion& suggestion);
    // Entity tags made, changed or deleted since the training read its data: what retraining
    // after every N tags counts.
    Result<qint64> tagChangesSince(const TrainingReport& report);

    // The order that teaches most: least certain first, never the same folded words twice in a
    // row while another can come between (uncertainty and variety).
    static QList<ModelSuggestion> reviewOrder(QList<ModelSuggestion> suggestions);

private:
    Library& m_library;
};

} // namespace hamish
