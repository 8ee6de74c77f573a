#pragma once

#include "learn/evaluation.h"
#include "learn/nermodel.h"
#include "result.h"
#include "storage/article.h"
#include "text/spansnap.h"

#include <QCoreApplication>

namespace hamish {

class Library;

// A sentence of an article with where its tokens are (UTF-16 units of the body).
struct SentenceTokens
{
    QStringList tokens;
    QList<TextSpan> spans;
};

// The sentences of a body as the CoNLL export cuts them: its own tokens for text imported from
// CoNLL (`tokenization` "whitespace"), ICU's words and sentences otherwise.
QList<SentenceTokens> sentencesOf(const QString& body, const QString& tokenization);

// What the library's entity tags teach: every sentence of each tagged article up to its last
// tagged sentence (an annotator reads on from the top, so what lies before the last tag has
// been read and its untagged words are no entities), with the tags as token chunks. Tags that
// do not fall on token boundaries, and the inner ones of nested tags, are left out and counted.
struct NerDataset
{
    QList<TaggedSentence> sentences;
    QList<qint64> articleOf; // each sentence's article
    int tagsLeftOut = 0;
    QHash<QString, int> examplesPerType;
    qint64 tokens() const;
    // The names of the chunks of these sentences, for the gazetteer.
    static Gazetteer gazetteerOf(const QList<TaggedSentence>& sentences);
};

class NerDatasetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NerDatasetBuilder)

public:
    static Result<NerDataset> fromLibrary(Library& library, const ArticleScope& scope = {});
    // Sentences read from CoNLL lines (TOKEN … TAG, IOB1 or IOB2), for prediction and the bench.
    static QList<TaggedSentence> fromConll(const QString& text);
};

// K-fold cross-validation: folds drawn by article when there are at least K tagged articles, by
// sentence otherwise (a CoNLL corpus imports as one article). Each fold's gazetteer holds only
// its training part's names.
Result<Evaluation> crossValidate(const NerDataset& dataset, int folds, const NerOptions& options,
                                 const std::function<bool()>& cancelled = {});

} // namespace hamish
