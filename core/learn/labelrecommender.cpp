#include "learn/labelrecommender.h"

#include "annotations/relationstore.h"
#include "annotations/schemastore.h"
#include "annotations/timestamps.h"
#include "learn/modelstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/statement.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>
#include <QSet>

#include <numeric>
#include <random>

namespace hamish {

namespace {

constexpr auto LabelsKind = "labels";
constexpr quint32 Magic = 0x484c4d44; // "HLMD"

// Every label a library's articles carry, by article, from any annotator.
struct LabelledArticles
{
    QMap<qint64, QSet<qint64>> labelsOf; // article → label ids
    qint64 rows = 0;
};

Result<LabelledArticles> labelledArticles(Library& library)
{
    Result<QList<ArticleLabel>> labels = RelationStore(library.database()).labels(0); // the Trash left out
    if (!labels)
        return labels.problem();
    // Every row, the Trash's too, as labelChangesSince() counts them.
    Result<qint64> rows = library.database().queryInt(QStringLiteral("SELECT count(*) FROM article_label"));
    if (!rows)
        return rows.problem();
    LabelledArticles out;
    out.rows = *rows;
    for (const ArticleLabel& label : *labels)
        out.labelsOf[label.articleId].insert(label.labelId);
    return out;
}

QString textOf(const Article& article)
{
    return article.title + u'\n' + article.body;
}

QStringList keysOf(const QString& setCode, const QList<LabelPrediction>& predictions)
{
    QStringList out;
    for (const LabelPrediction& p : predictions)
        out.append(LabelRecommender::keyOf(setCode, p.label));
    return out;
}

} // namespace

QByteArray LabelModel::save() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << Magic << qint32(FormatVersion) << qint32(sets.size());
    for (auto it = sets.cbegin(); it != sets.cend(); ++it)
        stream << it.key() << it.value().save();
    return qCompress(out);
}

Result<LabelModel> LabelModel::load(const QByteArray& bytes)
{
    const QByteArray raw = qUncompress(bytes);
    QDataStream stream(raw);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0, count = 0;
    stream >> magic >> version >> count;
    if (stream.status() != QDataStream::Ok || magic != Magic || count < 0)
        return failure(LabelRecommender::tr("The stored label model is damaged."));
    if (version != FormatVersion)
        return failure(LabelRecommender::tr("The stored label model was made by another version of Hamish."));
    LabelModel model;
    for (qint32 i = 0; i < count; ++i) {
        QString set;
        QByteArray classifierBytes;
        stream >> set >> classifierBytes;
        if (stream.status() != QDataStream::Ok)
            return failure(LabelRecommender::tr("The stored label model is damaged."));
        Result<LabelClassifier> classifier = LabelClassifier::load(classifierBytes);
        if (!classifier)
            return classifier.problem();
        model.sets.insert(set, *classifier);
    }
    return model;
}

QString LabelRecommender::keyOf(const QString& setCode, const QString& labelCode)
{
    return setCode + u'/' + labelCode;
}

Result<TrainingReport> LabelRecommender::train(int folds, const LabelOptions& options,
                                               const std::function<bool()>& cancelled)
{
    QElapsedTimer timer;
    timer.start();
    folds = qMax(2, folds);
    TrainingReport report;
    report.dataAsOf = m_library.now();
    Result<LabelledArticles> labelled = labelledArticles(m_library);
    if (!labelled)
        return labelled.problem();
    Result<QList<LabelSet>> sets = SchemaStore(m_library.database()).labelSets();
    if (!sets)
        return sets.problem();
    QHash<qint64, QString> textCache;
    const auto textFor = [&](qint64 id) -> Result<QString> {
        if (const auto it = textCache.constFind(id); it != textCache.cend())
            return *it;
        Result<Article> article = m_library.articles().article(id);
        if (!article)
            return article.problem();
        return *textCache.insert(id, textOf(*article));
    };

    LabelModel model;
    QStringList scarce;
    for (const LabelSet& set : std::as_const(*sets)) {
        QList<qint64> articles;
        QList<LabelledText> examples;
        for (auto it = labelled->labelsOf.cbegin(); it != labelled->labelsOf.cend(); ++it) {
            QStringList codes;
            for (const Label& label : set.labels) {
                if (it.value().contains(label.id))
                    codes.append(label.code);
            }
            if (codes.isEmpty())
                continue;
            if (!set.multiple)
                codes = codes.mid(0, 1); // annotators who disagree: the first label of the set
            Result<QString> text = textFor(it.key());
            if (!text)
                return text.problem();
            articles.append(it.key());
            examples.append({*text, codes});
            for (const QString& code : std::as_const(codes))
                report.examples[keyOf(set.code, code)] += 1;
        }
        if (examples.isEmpty())
            continue;
        if (examples.size() < folds) {
            scarce.append(set.code);
            continue;
        }
        // Folds by article, drawn in a shuffled order (the same every time): articles are often
        // imported and labelled in runs of one label, which every k-th article would follow.
        QList<qsizetype> order(examples.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937(20261202));
        QList<int> foldOf(examples.size());
        for (qsizetype k = 0; k < order.size(); ++k)
            foldOf[order.at(k)] = int(k % folds);
        for (int fold = 0; fold < folds; ++fold) {
            if (cancelled && cancelled())
                return failure(tr("Training was cancelled."));
            QList<LabelledText> part;
            for (qsizetype i = 0; i < examples.size(); ++i) {
                if (foldOf.at(i) != fold)
                    part.append(examples.at(i));
            }
            Result<LabelClassifier> classifier = LabelClassifier::train(part, set.multiple, options);
            if (!classifier)
                return classifier.problem();
            for (qsizetype i = 0; i < examples.size(); ++i) {
                if (foldOf.at(i) != fold)
                    continue;
                QStringList gold;
                for (const QString& code : examples.at(i).labels)
                    gold.append(keyOf(set.code, code));
                report.evaluation.addLabels(gold, keysOf(set.code, classifier->predict(examples.at(i).text)));
            }
        }
        Result<LabelClassifier> classifier = LabelClassifier::train(examples, set.multiple, options);
        if (!classifier)
            return classifier.problem();
        model.sets.insert(set.code, *classifier);
        report.sentences += int(examples.size());
        for (const LabelledText& example : std::as_const(examples))
            report.tokens += LabelClassifier::documentWords(example.text).count(u' ') + 1;
    }
    if (model.sets.isEmpty())
        return failure(tr("Too few labelled articles to learn from: a label set needs labels on at least %1 "
                          "articles.")
                           .arg(folds));
    report.folds = folds;
    report.foldsByArticle = true;
    report.trainedAt = m_library.now();
    report.tagsAtTraining = labelled->rows;
    report.formatVersion = LabelModel::FormatVersion;
    report.seconds = double(timer.elapsed()) / 1000.0;
    QStringList keys;
    for (const TypeScore& s : std::as_const(report.evaluation.types))
        keys.append(s.type);
    if (Status stored =
            ModelStore(m_library.database()).store(QString::fromLatin1(LabelsKind), keys, report, model.save());
        !stored)
        return stored.problem();
    return report;
}

Result<std::optional<TrainingReport>> LabelRecommender::report()
{
    return ModelStore(m_library.database()).report(QString::fromLatin1(LabelsKind));
}

Result<LabelModel> LabelRecommender::model()
{
    Result<std::optional<StoredModel>> stored = ModelStore(m_library.database()).model(QString::fromLatin1(LabelsKind));
    if (!stored)
        return stored.problem();
    if (!*stored)
        return failure(tr("No label model has been trained yet."));
    if ((*stored)->formatVersion != LabelModel::FormatVersion)
        return failure(tr("The stored label model was made by another version of Hamish; train it again."));
    Result<LabelModel> model = LabelModel::load((*stored)->bytes);
    if (!model)
        return failure(tr("%1 Train it again.").arg(model.error()));
    return model;
}

Result<QList<LabelSuggestion>> LabelRecommender::suggest(qint64 articleId, const QString& author,
                                                         const LabelModel& model, const TrainingReport& report,
                                                         const SuggestionRule& rule)
{
    Result<Article> article = m_library.articles().article(articleId);
    if (!article)
        return article.problem();
    Result<QList<LabelSet>> sets = SchemaStore(m_library.database()).labelSets();
    if (!sets)
        return sets.problem();
    Result<QList<ArticleLabel>> labels = RelationStore(m_library.database()).labels(articleId);
    if (!labels)
        return labels.problem();
    QSet<qint64> set;
    for (const ArticleLabel& label : *labels) {
        if (label.author == author)
            set.insert(label.labelId);
    }
    Result<Statement> refused = m_library.database().prepare(
        QStringLiteral("SELECT label_id FROM rejected_label_suggestion WHERE article_id = ?1"));
    if (refused)
        refused->bind(1, articleId);
    Result<QList<qint64>> refusedIds =
        collectRows<qint64>(std::move(refused), [](const Statement& row) { return row.int64(0); });
    if (!refusedIds)
        return refusedIds.problem();
    const QSet<qint64> rejected(refusedIds->cbegin(), refusedIds->cend());
    const QString text = textOf(*article);
    QList<LabelSuggestion> out;
    for (const LabelSet& labelSet : std::as_const(*sets)) {
        const auto classifier = model.sets.constFind(labelSet.code);
        if (classifier == model.sets.cend())
            continue;
        const bool chosen = std::any_of(labelSet.labels.cbegin(), labelSet.labels.cend(),
                                        [&](const Label& l) { return set.contains(l.id); });
        if (chosen && !labelSet.multiple)
            continue;
        for (const LabelPrediction& p : classifier->predict(text)) {
            const Label* label = labelSet.label(p.label);
            const QString key = keyOf(labelSet.code, p.label);
            if (!label || set.contains(label->id) || rejected.contains(label->id) || !rule.allows(report, key))
                continue;
            out.append({articleId, label->id, key, p.probability});
        }
    }
    return out;
}

Status LabelRecommender::reject(const LabelSuggestion& suggestion)
{
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("INSERT OR IGNORE INTO rejected_label_suggestion (article_id, label_id) VALUES (?1, ?2)"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, suggestion.articleId).bind(2, suggestion.labelId);
    return stmt->run();
}

Result<qint64> LabelRecommender::labelChangesSince(const TrainingReport& report)
{
    Result<Statement> stmt = m_library.database().prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(created > ?1), 0) FROM article_label"));
    if (!stmt)
        return stmt.problem();
    stmt->bind(1, isoUtc(report.dataAsOf, Milliseconds::Include));
    Result<bool> row = stmt->step();
    if (!row)
        return row.problem();
    const qint64 now = stmt->int64(0);
    const qint64 made = stmt->int64(1);
    return made + qMax<qint64>(0, report.tagsAtTraining + made - now);
}

} // namespace hamish
