#pragma once

#include "learn/tokenfeatures.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace hamish {

// An entity over tokens [begin, end) of a sentence.
struct TokenChunk
{
    int begin = 0;
    int end = 0;
    QString type;
    double confidence = 1; // 0–1, the model's; 1 for a tag
    friend bool operator==(const TokenChunk& a, const TokenChunk& b)
    {
        return a.begin == b.begin && a.end == b.end && a.type == b.type;
    }
};

struct TaggedSentence
{
    QStringList tokens;
    QList<TokenChunk> chunks; // not overlapping, in order
};

struct NerOptions
{
    FeatureSet features;
    int minCount = 1;        // a feature seen fewer times in training is left out
    double c = 20;           // the structural SVM's C
    double classifierC = 10; // the chunk classifier's
    double epsilon = 0.1;    // when the structural SVM stops
    double missedLoss = 3;   // the loss of a missed entity against a false one (recall against precision)
    // Each sentence is learnt a second time with its rare words unknown (see train()).
    bool wordDropout = true;
    int threads = 2;
};

// A named-entity tagger learnt with dlib, as MITIE does it: a structural SVM finds the chunks
// (BIO, sequence_segmenter) and a linear multiclass SVM names each chunk's type. Features are
// TokenFeatures'. The only file that includes dlib is nermodel.cpp.
class NerModel
{
    Q_DECLARE_TR_FUNCTIONS(NerModel)

public:
    // The bump makes stored models of an older build retrain rather than load.
    static constexpr int FormatVersion = 1;

    NerModel();
    ~NerModel();
    NerModel(const NerModel&);
    NerModel& operator=(const NerModel&);

    // `cancelled` is polled between the two trainings.
    static Result<NerModel> train(const QList<TaggedSentence>& sentences, const NerOptions& options,
                                  const Gazetteer& gazetteer, const std::function<bool()>& cancelled = {});
    QList<TokenChunk> predict(const QStringList& tokens) const;
    QStringList types() const;
    bool isValid() const;

    QByteArray save() const;
    static Result<NerModel> load(const QByteArray& bytes);

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
};

} // namespace hamish
