#include "learn/entityrecommender.h"

#include "annotations/timestamps.h"
#include "learn/modelstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hamish {

namespace {

constexpr auto EntitiesKind = "entities";

} // namespace

Result<TrainingReport> EntityRecommender::train(int folds, const NerOptions& options,
                                                const std::function<bool()>& cancelled)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime dataAsOf = m_library.now();
    Result<qint64> tagCount =
        m_library.database().queryInt(QStringLiteral("SELECT count(*) FROM annotation WHERE kind = 'entity'"));
    if (!tagCount)
        return tagCount.problem();
    Result<NerDataset> dataset = NerDatasetBuilder::fromLibrary(m_library);
    if (!dataset)
        return dataset.problem();
    int tags = 0;
    for (const int n : std::as_const(dataset->examplesPerType))
        tags += n;
    if (tags < MinimumTags || dataset->sentences.size() < folds)
        return failure(tr("Too few entity tags to learn from: %1 in %2 sentences (at least %3 tags in %4 "
                          "sentences are needed).")
                           .arg(tags)
                           .arg(dataset->sentences.size())
                           .arg(MinimumTags)
                           .arg(folds));
    TrainingReport report;
    Result<Evaluation> evaluation = crossValidate(*dataset, folds, options, cancelled);
    if (!evaluation)
        return evaluation.problem();
    report.evaluation = *evaluation;
    report.folds = folds;
    QSet<qint64> articles(dataset->articleOf.cbegin(), dataset->articleOf.cend());
    report.foldsByArticle = articles.size() >= folds;
    Result<NerModel> model =
        NerModel::train(dataset->sentences, options, NerDataset::gazetteerOf(dataset->sentences), cancelled);
    if (!model)
        return model.problem();
    report.examples = dataset->examplesPerType;
    report.tokens = dataset->tokens();
    report.sentences = int(dataset->sentences.size());
    report.trainedAt = m_library.now();
    report.dataAsOf = dataAsOf;
    report.tagsAtTraining = *tagCount;
    report.seconds = double(timer.elapsed()) / 1000.0;
    report.formatVersion = NerModel::FormatVersion;
    if (Status stored = ModelStore(m_library.database())
                            .store(QString::fromLatin1(EntitiesKind), model->types(), report, model->save());
        !stored)
        return stored.problem();
    return report;
}

Result<std::optional<TrainingReport>> EntityRecommender::report()
{
    return ModelStore(m_library.database()).report(QString::fromLatin1(EntitiesKind));
}

Result<qint64> EntityRecommender::tagChangesSince(const TrainingReport& report)
{
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(modified > ?1), 0), coalesce(sum(created > ?1), 0)"
                       " FROM annotation WHERE kind = 'entity'"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, isoUtc(report.dataAsOf, Milliseconds::Include));
    Result<bool> row = stmt->step();
    if (!row)
        return row.problem();
    const qint64 now = stmt->int64(0);
    const qint64 changed = stmt->int64(1); // made or changed since
    const qint64 made = stmt->int64(2);
    const qint64 deleted = qMax<qint64>(0, report.tagsAtTraining + made - now);
    return changed + deleted;
}

Result<NerModel> EntityRecommender::model()
{
    Result<std::optional<StoredModel>> stored =
        ModelStore(m_library.database()).model(QString::fromLatin1(EntitiesKind));
    if (!stored)
        return stored.problem();
    if (!*stored)
        return failure(tr("No entity model has been trained yet (hamish train trains one)."));
    if ((*stored)->formatVersion != NerModel::FormatVersion)
        return failure(tr("The stored entity model was made by another version of Hamish; train it again."));
    Result<NerModel> model = NerModel::load((*stored)->bytes);
    if (!model)
        return failure(tr("%1 Train it again.").arg(model.error()));
    return model;
}

Result<QList<ModelSuggestion>>
EntityRecommender::suggest(qint64 articleId, const NerModel& model, const TrainingReport& report,
                           const SuggestionRule& rule, const TextSpan& first,
                           const std::function<void(const QList<ModelSuggestion>&)>& partial)
{
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return article.problem();
    Result<QList<Annotation>> annotations = m_library.annotations().forArticle(articleId);
    if (!annotations)
        return annotations.problem();
    QSet<QString> rejected;
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT start, end, type FROM rejected_model_suggestion WHERE article_id = ?1"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, articleId);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.problem();
        if (!*row)
            break;
        rejected.insert(QStringLiteral("%1:%2:%3").arg(stmt->int64(0)).arg(stmt->int64(1)).arg(stmt->text(2)));
    }
    const QList<SentenceTokens> sentences = sentencesOf(article->body, article->tokenization);
    const auto meetsFirst = [&first](const SentenceTokens& sentence) {
        return !sentence.spans.isEmpty() && sentence.spans.first().start < first.end
               && first.start < sentence.spans.last().end;
    };
    QList<ModelSuggestion> out;
    const auto suggestIn = [&](const SentenceTokens& sentence) {
        for (const TokenChunk& chunk : model.predict(sentence.tokens)) {
            if (!rule.allows(report, chunk.type))
                continue;
            ModelSuggestion s{articleId,
                              sentence.spans.at(chunk.begin).start,
                              sentence.spans.at(chunk.end - 1).end,
                              chunk.type,
                              chunk.confidence,
                              {}};
            const bool tagged = std::any_of(annotations->cbegin(), annotations->cend(), [&](const Annotation& a) {
                return a.kind == AnnotationKind::Entity && a.start < s.end && s.start < a.end;
            });
            if (tagged || rejected.contains(QStringLiteral("%1:%2:%3").arg(s.start).arg(s.end).arg(s.type)))
                continue;
            s.text = article->body.mid(s.start, s.end - s.start);
            out.append(s);
        }
    };
    if (!first.isEmpty()) {
        for (const SentenceTokens& sentence : sentences) {
            if (meetsFirst(sentence))
                suggestIn(sentence);
        }
        if (partial)
            partial(out);
    }
    for (const SentenceTokens& sentence : sentences) {
        if (first.isEmpty() || !meetsFirst(sentence))
            suggestIn(sentence);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ModelSuggestion& a, const ModelSuggestion& b) { return a.start < b.start; });
    return out;
}

QList<ModelSuggestion> EntityRecommender::reviewOrder(QList<ModelSuggestion> suggestions)
{
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [](const ModelSuggestion& a, const ModelSuggestion& b) { return a.confidence < b.confidence; });
    QList<ModelSuggestion> out;
    out.reserve(suggestions.size());
    QString last;
    while (!suggestions.isEmpty()) {
        qsizetype pick = 0;
        while (pick < suggestions.size() && TokenFeatures::folded(suggestions.at(pick).text) == last)
            ++pick;
        if (pick == suggestions.size())
            pick = 0; // only that word is left
        last = TokenFeatures::folded(suggestions.at(pick).text);
        out.append(suggestions.takeAt(pick));
    }
    return out;
}

Status EntityRecommender::reject(const ModelSuggestion& suggestion)
{
    Result<Statement> stmt = m_library.database().prepare(QStringLiteral(
        "INSERT OR IGNORE INTO rejected_model_suggestion (article_id, start, end, type) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, suggestion.articleId)
        .bind(2, qint64(suggestion.start))
        .bind(3, qint64(suggestion.end))
        .bind(4, suggestion.type);
    return stmt->run();
}

} // namespace hamish
