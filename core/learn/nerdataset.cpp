#include "learn/nerdataset.h"

#include "storage/library.h"
#include "text/arabicfold.h"
#include "text/tokens.h"

#include <QRegularExpression>

#include <random>

namespace hamish {

QList<SentenceTokens> sentencesOf(const QString& body, const QString& tokenization)
{
    QList<SentenceTokens> out;
    const QList<QList<TextSpan>> sentences =
        tokenization == u"whitespace" ? whitespaceSentences(body) : icuSentences(body);
    for (const QList<TextSpan>& sentence : sentences) {
        SentenceTokens s;
        for (const TextSpan& span : sentence) {
            s.tokens.append(body.mid(span.start, span.end - span.start));
            s.spans.append(span);
        }
        if (!s.tokens.isEmpty())
            out.append(s);
    }
    return out;
}

qint64 NerDataset::tokens() const
{
    qint64 n = 0;
    for (const TaggedSentence& s : sentences)
        n += s.tokens.size();
    return n;
}

Gazetteer NerDataset::gazetteerOf(const QList<TaggedSentence>& sentences)
{
    Gazetteer gazetteer;
    for (const TaggedSentence& s : sentences) {
        for (const TokenChunk& chunk : s.chunks) {
            QStringList words;
            for (int i = chunk.begin; i < chunk.end; ++i)
                words.append(TokenFeatures::stemOf(TokenFeatures::folded(s.tokens.at(i))));
            gazetteer.addName(words, chunk.type);
        }
    }
    return gazetteer;
}

Result<NerDataset> NerDatasetBuilder::fromLibrary(Library& library, const ArticleScope& scope)
{
    NerDataset dataset;
    Result<QList<qint64>> ids = library.articles().idsIn(scope);
    if (!ids)
        return ids.problem();
    Result<QList<EntityType>> types = library.annotations().entityTypes();
    if (!types)
        return types.problem();
    QHash<qint64, QString> codeOf;
    for (const EntityType& type : *types)
        codeOf.insert(type.id, type.code);
    for (const qint64 id : *ids) {
        Result<QList<Annotation>> annotations = library.annotations().forArticle(id);
        if (!annotations)
            return annotations.problem();
        QList<const Annotation*> tags;
        for (const Annotation& a : *annotations) {
            if (a.kind == AnnotationKind::Entity && codeOf.contains(a.entityTypeId))
                tags.append(&a);
        }
        if (tags.isEmpty())
            continue;
        Result<Article> article = library.articles().article(id);
        if (!article)
            return article.problem();
        const QList<SentenceTokens> sentences = sentencesOf(article->body, article->tokenization);
        qsizetype lastTagged = -1;
        QList<TaggedSentence> tagged;
        int placed = 0;
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            const SentenceTokens& sentence = sentences.at(s);
            TaggedSentence t;
            t.tokens = sentence.tokens;
            const qsizetype from = sentence.spans.first().start, to = sentence.spans.last().end;
            for (const Annotation* a : std::as_const(tags)) {
                if (a->start < from || a->end > to)
                    continue;
                int begin = -1, end = -1;
                for (int i = 0; i < sentence.spans.size(); ++i) {
                    if (sentence.spans.at(i).start == a->start)
                        begin = i;
                    if (sentence.spans.at(i).end == a->end)
                        end = i + 1;
                }
                if (begin < 0 || end <= begin)
                    continue; // not on token boundaries
                // Outermost first: a chunk inside or across one already taken is left out.
                const bool overlaps = std::any_of(t.chunks.cbegin(), t.chunks.cend(),
                                                  [&](const TokenChunk& c) { return begin < c.end && c.begin < end; });
                if (overlaps)
                    continue;
                t.chunks.append({begin, end, codeOf.value(a->entityTypeId), 1});
                ++placed;
            }
            std::sort(t.chunks.begin(), t.chunks.end(),
                      [](const TokenChunk& x, const TokenChunk& y) { return x.begin < y.begin; });
            if (!t.chunks.isEmpty())
                lastTagged = s;
            tagged.append(t);
        }
        dataset.tagsLeftOut += int(tags.size()) - placed;
        for (qsizetype s = 0; s <= lastTagged; ++s) {
            for (const TokenChunk& chunk : tagged.at(s).chunks)
                ++dataset.examplesPerType[chunk.type];
            dataset.sentences.append(tagged.at(s));
            dataset.articleOf.append(id);
        }
    }
    return dataset;
}

QList<TaggedSentence> NerDatasetBuilder::fromConll(const QString& text)
{
    QList<TaggedSentence> out;
    TaggedSentence current;
    QString openType;
    const auto close = [&] { openType.clear(); };
    const auto flush = [&] {
        close();
        if (!current.tokens.isEmpty())
            out.append(current);
        current = {};
    };
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const QStringList columns = line.split(space);
        const QString tag = columns.size() > 1 ? columns.last() : QStringLiteral("O");
        const int index = int(current.tokens.size());
        current.tokens.append(columns.first());
        if (tag.size() > 2 && (tag.startsWith(u"B-") || tag.startsWith(u"I-"))) {
            const QString type = tag.mid(2);
            if (tag.startsWith(u"I-") && openType == type && !current.chunks.isEmpty()) {
                current.chunks.last().end = index + 1;
            } else {
                current.chunks.append({index, index + 1, type, 1});
                openType = type;
            }
        } else {
            close();
        }
    }
    flush();
    return out;
}

Result<Evaluation> crossValidate(const NerDataset& dataset, int folds, const NerOptions& options,
                                 const std::function<bool()>& cancelled)
{
    folds = qMax(2, folds);
    QList<qint64> articles;
    for (qint64 id : dataset.articleOf) {
        if (articles.isEmpty() || articles.last() != id)
            articles.append(id);
    }
    const bool byArticle = articles.size() >= folds;
    // Articles dealt into folds in a shuffled order (the same every time): a library imported
    // in runs of one kind would put a whole kind into one fold if every k-th article went there.
    std::shuffle(articles.begin(), articles.end(), std::mt19937(20261202));
    QHash<qint64, int> foldOfArticle;
    for (qsizetype i = 0; i < articles.size(); ++i)
        foldOfArticle.insert(articles.at(i), int(i % folds));
    Evaluation total;
    for (int fold = 0; fold < folds; ++fold) {
        QList<TaggedSentence> train, test;
        for (qsizetype i = 0; i < dataset.sentences.size(); ++i) {
            const int f = byArticle ? foldOfArticle.value(dataset.articleOf.at(i)) : int(i % folds);
            (f == fold ? test : train).append(dataset.sentences.at(i));
        }
        if (test.isEmpty() || train.isEmpty())
            continue;
        Result<NerModel> model = NerModel::train(train, options, NerDataset::gazetteerOf(train), cancelled);
        if (!model)
            return model.problem();
        for (const TaggedSentence& sentence : std::as_const(test))
            total.add(sentence.chunks, model->predict(sentence.tokens));
        if (cancelled && cancelled())
            return failure(QCoreApplication::translate("hamish::NerModel", "Training was cancelled."));
    }
    return total;
}

} // namespace hamish
