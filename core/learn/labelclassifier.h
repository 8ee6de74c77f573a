#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hamish {

// An article's text with the labels of one label set it carries (their codes).
struct LabelledText
{
    QString text;
    QStringList labels;
};

struct LabelPrediction
{
    QString label;
    double probability = 0;
};

struct LabelOptions
{
    int dimension = 32;
    int epochs = 0; // 0: as many as the words allow, 100 for a few articles down to 10 for many
    double learningRate = 1.0;
    int wordNgrams = 2;
    int buckets = 20000; // hashed word pairs: (words + buckets) × dimension floats
};

// A document classifier for one label set, learnt with fastText (Debian's libfasttext-dev):
// softmax when an article has one label of the set, one-against-all when it may have several.
// The only file that includes fastText is labelclassifier.cpp. Training uses one thread and a
// fixed seed, so the same articles give the same model.
class LabelClassifier
{
    Q_DECLARE_TR_FUNCTIONS(LabelClassifier)

public:
    static constexpr int FormatVersion = 1;

    LabelClassifier();
    ~LabelClassifier();
    LabelClassifier(const LabelClassifier&);
    LabelClassifier& operator=(const LabelClassifier&);

    static Result<LabelClassifier> train(const QList<LabelledText>& examples, bool multiple,
                                         const LabelOptions& options = {});
    // The labels an article is given: the likeliest one of a single-choice set, every label
    // of probability 0.5 or more of a multiple-choice one, each with its probability.
    QList<LabelPrediction> predict(const QString& text) const;
    bool isMultiple() const;
    bool isValid() const;

    // The bytes carry a checksum: damaged ones are refused before fastText reads them.
    QByteArray save() const;
    static Result<LabelClassifier> load(const QByteArray& bytes);

    // The words fastText reads: folded as search folds them, punctuation left out.
    static QString documentWords(const QString& text);

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
};

} // namespace hamish
