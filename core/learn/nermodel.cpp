#include "learn/nermodel.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <cmath>
#include <dlib/svm_threaded.h>
#include <sstream>

namespace hamish {

namespace {

using FeatureIds = std::vector<std::vector<unsigned long>>;
using SparseSample = std::vector<std::pair<unsigned long, double>>;
using ChunkClassifier =
    dlib::multiclass_linear_decision_function<dlib::sparse_linear_kernel<SparseSample>, std::string>;

// The token features a model knows, each with a weight index of its own (0 is the bias).
class FeatureDictionary
{
public:
    unsigned long size() const { return static_cast<unsigned long>(m_ids.size()) + 1; }
    void count(quint64 feature) { ++m_counts[feature]; }
    // Keeps the features counted at least `minCount` times.
    void keep(int minCount)
    {
        QList<quint64> kept;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            if (it.value() >= minCount)
                kept.append(it.key());
        }
        std::sort(kept.begin(), kept.end());
        setFeatures(kept);
        m_counts.clear();
    }
    void setFeatures(const QList<quint64>& features)
    {
        m_ids.clear();
        m_ids.reserve(features.size());
        for (qsizetype i = 0; i < features.size(); ++i)
            m_ids.insert(features.at(i), static_cast<unsigned long>(i + 1));
    }
    QList<quint64> features() const
    {
        QList<quint64> out(m_ids.size());
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            out[qsizetype(it.value() - 1)] = it.key();
        return out;
    }
    unsigned long id(quint64 feature) const { return m_ids.value(feature, 0); }

private:
    QHash<quint64, unsigned long> m_ids;
    QHash<quint64, int> m_counts;
};

// The token features as dlib sees them: indexes into the dictionary, handed on as they are.
// dlib learns a weight per feature and label, and per feature and label pair (the high-order
// features BIO chunking needs).
class IndexedFeatures
{
public:
    using sequence_type = FeatureIds;
    const static bool use_BIO_model = true;
    const static bool use_high_order_features = true;
    const static bool allow_negative_weights = true;

    IndexedFeatures() = default;
    explicit IndexedFeatures(unsigned long count)
        : m_count(count)
    {
    }
    unsigned long num_features() const { return m_count; }
    unsigned long window_size() const { return 1; } // the neighbours are features of their own
    template<class FeatureSetter> void get_features(FeatureSetter& set, const sequence_type& x, unsigned long i) const
    {
        for (unsigned long id : x[i])
            set(id);
    }

    friend void serialize(const IndexedFeatures& f, std::ostream& out) { dlib::serialize(f.m_count, out); }
    friend void deserialize(IndexedFeatures& f, std::istream& in) { dlib::deserialize(f.m_count, in); }

private:
    unsigned long m_count = 1;
};

// A chunk's features for naming its type: its words, stems and affixes, its first and last
// word, its length, the words around it and what the gazetteer knows of it.
QList<quint64> chunkFeatures(const QStringList& tokens, int begin, int end, const Gazetteer& gazetteer)
{
    QList<quint64> out;
    const auto add = [&](const QString& feature) { out.append(TokenFeatures::hash(feature)); };
    const auto foldedAt = [&](int i) {
        return i < 0                ? QStringLiteral("<s>")
               : i >= tokens.size() ? QStringLiteral("</s>")
                                    : TokenFeatures::folded(tokens.at(i));
    };
    for (int i = begin; i < end; ++i) {
        const QString word = TokenFeatures::folded(tokens.at(i));
        const QString stem = TokenFeatures::stemOf(word);
        add(QStringLiteral("cw=") + word);
        add(QStringLiteral("cs=") + stem);
        for (int n = 1; n <= 3 && n < word.size(); ++n) {
            add(QStringLiteral("cp%1=").arg(n) + word.left(n));
            add(QStringLiteral("cx%1=").arg(n) + word.right(n));
        }
        add(QStringLiteral("ch=") + TokenFeatures::shapeOf(tokens.at(i)));
        for (const QString& type : gazetteer.words.value(stem))
            add(QStringLiteral("cg=") + type);
    }
    add(QStringLiteral("first=") + TokenFeatures::stemOf(foldedAt(begin)));
    add(QStringLiteral("last=") + foldedAt(end - 1));
    add(QStringLiteral("len=%1").arg(qMin(end - begin, 5)));
    add(QStringLiteral("l1=") + foldedAt(begin - 1));
    add(QStringLiteral("l2=") + foldedAt(begin - 2));
    add(QStringLiteral("r1=") + foldedAt(end));
    add(QStringLiteral("r2=") + foldedAt(end + 1));
    return out;
}

FeatureIds tokenIds(const QList<QList<quint64>>& features, const FeatureDictionary& dictionary)
{
    FeatureIds out;
    out.reserve(features.size());
    for (const QList<quint64>& token : features) {
        std::vector<unsigned long> ids{0};
        for (quint64 f : token) {
            if (const unsigned long id = dictionary.id(f); id > 0)
                ids.push_back(id);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        out.push_back(std::move(ids));
    }
    return out;
}

SparseSample chunkSample(const QList<quint64>& features, const FeatureDictionary& dictionary)
{
    SparseSample sample{{0, 1.0}};
    for (quint64 f : features) {
        if (const unsigned long id = dictionary.id(f); id > 0)
            sample.emplace_back(id, 1.0);
    }
    dlib::make_sparse_vector_inplace(sample);
    return sample;
}

} // namespace

struct NerModel::Impl
{
    NerOptions options;
    Gazetteer gazetteer;
    FeatureDictionary tokenDictionary;
    FeatureDictionary chunkDictionary;
    std::vector<dlib::sequence_segmenter<IndexedFeatures>> segmenters; // one per type, as `types`
    ChunkClassifier classifier;
    QStringList types;
    QSet<QString> knownWords; // folded; any other word is <unk>, as in training's dropout

    // Which tokens the model has never seen.
    QList<bool> unknownOf(const QStringList& tokens) const
    {
        QList<bool> unknown;
        unknown.reserve(tokens.size());
        for (const QString& token : tokens)
            unknown.append(!knownWords.contains(TokenFeatures::folded(token)));
        return unknown;
    }

    TokenFeatures features() const { return TokenFeatures(options.features, &gazetteer); }

    // How sure the chunk classifier is that a chunk is of `type`: its score against the best
    // other type's, through a logistic curve.
    double confidence(const SparseSample& sample, const QString& type) const
    {
        const long classes = classifier.weights.nr();
        if (classes < 2)
            return 1;
        const std::string wanted = type.toStdString();
        double mine = 0, other = -1e300;
        for (long c = 0; c < classes; ++c) {
            double s = -classifier.b(c);
            for (const auto& [index, value] : sample) {
                if (long(index) < classifier.weights.nc())
                    s += classifier.weights(c, long(index)) * value;
            }
            if (classifier.labels[size_t(c)] == wanted)
                mine = s;
            else if (!classifier.labels[size_t(c)].empty())
                other = std::max(other, s);
        }
        return 1.0 / (1.0 + std::exp(-2.0 * (mine - other)));
    }
};

NerModel::NerModel() = default;
NerModel::~NerModel() = default;
NerModel::NerModel(const NerModel&) = default;
NerModel& NerModel::operator=(const NerModel&) = default;

bool NerModel::isValid() const
{
    return d != nullptr;
}

QStringList NerModel::types() const
{
    return d ? d->types : QStringList{};
}

Result<NerModel> NerModel::train(const QList<TaggedSentence>& sentences, const NerOptions& options,
                                 const Gazetteer& gazetteer, const std::function<bool()>& cancelled)
{
    auto impl = std::make_shared<Impl>();
    impl->options = options;
    impl->gazetteer = gazetteer;
    const TokenFeatures features = impl->features();

    QList<QList<QList<quint64>>> sentenceFeatures;
    QList<QList<quint64>> chunkFeatureLists;
    std::vector<std::string> chunkTypes;
    QSet<QString> types;
    // Word dropout: each sentence is learnt a second time with some words unknown, as the words
    // a new article brings are, so the model learns what names look like and where they stand,
    // not only which ones it has seen.
    QHash<QString, int> wordCounts;
    for (const TaggedSentence& sentence : sentences) {
        for (const QString& token : sentence.tokens)
            ++wordCounts[TokenFeatures::folded(token)];
    }
    for (auto it = wordCounts.cbegin(); it != wordCounts.cend(); ++it)
        impl->knownWords.insert(it.key());
    QList<const TaggedSentence*> learnt;
    for (const TaggedSentence& sentence : sentences) {
        if (sentence.tokens.isEmpty())
            continue;
        sentenceFeatures.append(features.sentence(sentence.tokens));
        learnt.append(&sentence);
        if (options.wordDropout) {
            // Rare words, and every other word of the names (names recur, so few of theirs are
            // rare, yet the names a new article brings are mostly unknown).
            QList<bool> unknown(sentence.tokens.size(), false);
            bool any = false;
            int nameWord = 0;
            for (const TokenChunk& chunk : sentence.chunks) {
                for (int i = chunk.begin; i < chunk.end; ++i)
                    unknown[i] = (nameWord++ + learnt.size()) % 2 == 0;
            }
            for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
                unknown[i] = unknown.at(i) || wordCounts.value(TokenFeatures::folded(sentence.tokens.at(i))) <= 2;
                any = any || unknown.at(i);
            }
            if (any) {
                sentenceFeatures.append(features.sentence(sentence.tokens, unknown));
                learnt.append(&sentence);
            }
        }
        for (qsizetype k = learnt.size() - 1; k >= 0 && learnt.at(k) == &sentence; --k) {
            for (const QList<quint64>& token : std::as_const(sentenceFeatures.at(k))) {
                for (quint64 f : token)
                    impl->tokenDictionary.count(f);
            }
        }
        for (const TokenChunk& chunk : sentence.chunks) {
            chunkFeatureLists.append(chunkFeatures(sentence.tokens, chunk.begin, chunk.end, gazetteer));
            for (quint64 f : std::as_const(chunkFeatureLists.last()))
                impl->chunkDictionary.count(f);
            chunkTypes.push_back(chunk.type.toStdString());
            types.insert(chunk.type);
        }
    }
    if (chunkTypes.empty())
        return failure(tr("There are no entity tags to learn from."));
    impl->tokenDictionary.keep(qMax(1, options.minCount));
    impl->chunkDictionary.keep(1);

    std::vector<FeatureIds> samples;
    for (qsizetype k = 0; k < learnt.size(); ++k)
        samples.push_back(tokenIds(sentenceFeatures.at(k), impl->tokenDictionary));
    sentenceFeatures.clear();
    std::vector<SparseSample> chunkSamples;
    for (const QList<quint64>& f : std::as_const(chunkFeatureLists))
        chunkSamples.push_back(chunkSample(f, impl->chunkDictionary));
    impl->types = QStringList(types.cbegin(), types.cend());
    impl->types.sort();
    try {
        // One segmenter per type: each learns its own type's cues (a person's name stands after
        // قال and الرئيس, a place after في), which one segmenter for all types blurs.
        for (const QString& type : std::as_const(impl->types)) {
            std::vector<std::vector<std::pair<unsigned long, unsigned long>>> typeRanges;
            typeRanges.reserve(learnt.size());
            for (const TaggedSentence* sentence : std::as_const(learnt)) {
                std::vector<std::pair<unsigned long, unsigned long>> chunks;
                for (const TokenChunk& chunk : sentence->chunks) {
                    if (chunk.type == type)
                        chunks.emplace_back(chunk.begin, chunk.end);
                }
                typeRanges.push_back(std::move(chunks));
            }
            dlib::structural_sequence_segmentation_trainer<IndexedFeatures> segmenterTrainer(
                IndexedFeatures(impl->tokenDictionary.size()));
            segmenterTrainer.set_num_threads(std::max(1, options.threads));
            segmenterTrainer.set_c(options.c);
            segmenterTrainer.set_epsilon(options.epsilon);
            segmenterTrainer.set_loss_per_missed_segment(options.missedLoss);
            impl->segmenters.push_back(segmenterTrainer.train(samples, typeRanges));
            if (cancelled && cancelled())
                return failure(tr("Training was cancelled."));
        }
        if (impl->types.size() == 1) {
            // One type: nothing to choose between (dlib's multiclass trainer needs two).
            chunkSamples.push_back(SparseSample{{0, 1.0}});
            chunkTypes.push_back(std::string());
        }
        dlib::svm_multiclass_linear_trainer<dlib::sparse_linear_kernel<SparseSample>, std::string> classifierTrainer;
        classifierTrainer.set_num_threads(std::max(1, options.threads));
        classifierTrainer.set_c(options.classifierC);
        impl->classifier = classifierTrainer.train(chunkSamples, chunkTypes);
    } catch (const std::exception& e) {
        return failure(tr("Training failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    NerModel model;
    model.d = impl;
    return model;
}

QList<TokenChunk> NerModel::predict(const QStringList& tokens) const
{
    QList<TokenChunk> out;
    if (!d || tokens.isEmpty())
        return out;
    const FeatureIds sample = tokenIds(d->features().sentence(tokens, d->unknownOf(tokens)), d->tokenDictionary);
    // Every type's chunks, then where two overlap the one the classifier is surer of.
    QList<TokenChunk> found;
    for (size_t t = 0; t < d->segmenters.size(); ++t) {
        std::vector<std::pair<unsigned long, unsigned long>> chunks;
        d->segmenters[t].segment_sequence(sample, chunks);
        for (const auto& [begin, end] : chunks) {
            const QString& type = d->types.at(qsizetype(t));
            const double confidence = d->confidence(
                chunkSample(chunkFeatures(tokens, int(begin), int(end), d->gazetteer), d->chunkDictionary), type);
            found.append({int(begin), int(end), type, confidence});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TokenChunk& a, const TokenChunk& b) { return a.confidence > b.confidence; });
    for (const TokenChunk& chunk : std::as_const(found)) {
        if (std::none_of(out.cbegin(), out.cend(),
                         [&](const TokenChunk& o) { return chunk.begin < o.end && o.begin < chunk.end; }))
            out.append(chunk);
    }
    std::sort(out.begin(), out.end(), [](const TokenChunk& a, const TokenChunk& b) { return a.begin < b.begin; });
    return out;
}

QByteArray NerModel::save() const
{
    if (!d)
        return {};
    std::ostringstream dlibPart;
    dlib::serialize(static_cast<unsigned long>(d->segmenters.size()), dlibPart);
    for (const auto& segmenter : d->segmenters)
        serialize(segmenter, dlibPart); // a hidden friend: unqualified
    dlib::serialize(d->classifier, dlibPart);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const FeatureSet& f = d->options.features;
    out << QByteArray("hamish-ner") << qint32(FormatVersion) << f.affixes << f.stems << f.shape << f.context
        << f.gazetteer << d->types << d->gazetteer.firstWords << d->gazetteer.words
        << QStringList(d->knownWords.cbegin(), d->knownWords.cend()) << d->tokenDictionary.features()
        << d->chunkDictionary.features() << QByteArray::fromStdString(dlibPart.str());
    return qCompress(bytes, 6);
}

Result<NerModel> NerModel::load(const QByteArray& stored)
{
    const QByteArray bytes = qUncompress(stored);
    if (bytes.isEmpty())
        return failure(tr("The stored model is damaged (it does not uncompress)."));
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray magic, dlibPart;
    qint32 version = 0;
    auto impl = std::make_shared<Impl>();
    FeatureSet& f = impl->options.features;
    QStringList knownWords;
    QList<quint64> tokenFeatures, chunkFeatures;
    in >> magic >> version;
    if (magic != "hamish-ner")
        return failure(tr("The stored model is not a Hamish entity model."));
    if (version != FormatVersion)
        return failure(tr("The stored model was made by another version (format %1, this build reads %2).")
                           .arg(version)
                           .arg(FormatVersion));
    in >> f.affixes >> f.stems >> f.shape >> f.context >> f.gazetteer >> impl->types >> impl->gazetteer.firstWords
        >> impl->gazetteer.words >> knownWords >> tokenFeatures >> chunkFeatures >> dlibPart;
    if (in.status() != QDataStream::Ok)
        return failure(tr("The stored model is damaged (it ends early)."));
    impl->knownWords = QSet<QString>(knownWords.cbegin(), knownWords.cend());
    impl->tokenDictionary.setFeatures(tokenFeatures);
    impl->chunkDictionary.setFeatures(chunkFeatures);
    try {
        std::istringstream dlibIn(dlibPart.toStdString());
        unsigned long count = 0;
        dlib::deserialize(count, dlibIn);
        if (count != static_cast<unsigned long>(impl->types.size()))
            return failure(tr("The stored model is damaged (it has %1 segmenters for %2 types).")
                               .arg(count)
                               .arg(impl->types.size()));
        impl->segmenters.resize(count);
        for (auto& segmenter : impl->segmenters)
            deserialize(segmenter, dlibIn);
        dlib::deserialize(impl->classifier, dlibIn);
    } catch (const std::exception& e) {
        return failure(tr("The stored model is damaged: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    const bool agree = std::all_of(impl->segmenters.cbegin(), impl->segmenters.cend(), [&](const auto& segmenter) {
        return segmenter.get_feature_extractor().num_features() == impl->tokenDictionary.size();
    });
    if (!agree || impl->classifier.weights.nc() > long(impl->chunkDictionary.size()))
        return failure(tr("The stored model is damaged (its features disagree with its weights)."));
    NerModel model;
    model.d = impl;
    return model;
}

} // namespace hamish
