#include "learn/labelclassifier.h"

#include "learn/tokenfeatures.h"
#include "text/tokens.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QTemporaryDir>

#include <fasttext/fasttext.h>
#include <sstream>

namespace hamish {

namespace {

const QString LabelPrefix = QStringLiteral("__label__");
constexpr quint32 Magic = 0x484c424c;  // "HLBL"
constexpr int FastTextHeaderBytes = 8; // magic and version, which loadModel(istream) expects read

} // namespace

struct LabelClassifier::Impl
{
    bool multiple = false;
    QByteArray bytes; // fastText's saved model
    fasttext::FastText model;
};

LabelClassifier::LabelClassifier() = default;
LabelClassifier::~LabelClassifier() = default;
LabelClassifier::LabelClassifier(const LabelClassifier&) = default;
LabelClassifier& LabelClassifier::operator=(const LabelClassifier&) = default;

bool LabelClassifier::isValid() const
{
    return d != nullptr;
}

bool LabelClassifier::isMultiple() const
{
    return d && d->multiple;
}

QString LabelClassifier::documentWords(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const TextSpan& span : icuTokens(text)) {
        const QStringView token = QStringView(text).mid(span.start, span.end - span.start);
        if (!std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        if (!out.isEmpty())
            out += u' ';
        // The stem after the proclitics: و, ب, ال… do not make another word of a word.
        out += TokenFeatures::stemOf(TokenFeatures::folded(token.toString()));
    }
    return out;
}

Result<LabelClassifier> LabelClassifier::train(const QList<LabelledText>& examples, bool multiple,
                                               const LabelOptions& options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return failure(tr("Cannot make a temporary folder to train the label classifier in."));
    const QString input = dir.filePath(QStringLiteral("train.txt"));
    const QString output = dir.filePath(QStringLiteral("model.bin"));
    qsizetype wordCount = 0;
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return failure(tr("Cannot write the label classifier's training file: %1").arg(file.errorString()));
        for (const LabelledText& example : examples) {
            const QString words = documentWords(example.text);
            if (example.labels.isEmpty() || words.isEmpty())
                continue;
            QString line;
            for (const QString& label : example.labels)
                line += LabelPrefix + label + u' ';
            line += words;
            line += u'\n';
            file.write(line.toUtf8());
            wordCount += example.labels.size() + qsizetype(std::count(line.cbegin(), line.cend(), u' '));
        }
        if (wordCount == 0)
            return failure(tr("There are no labelled articles with text to learn from."));
    }
    auto impl = std::make_shared<Impl>();
    impl->multiple = multiple;
    try {
        fasttext::Args args;
        args.input = input.toStdString();
        args.model = fasttext::model_name::sup;
        args.loss = multiple ? fasttext::loss_name::ova : fasttext::loss_name::softmax;
        args.dim = options.dimension;
        // Few articles need many passes to learn anything; many need few (and each costs more).
        args.epoch = options.epochs > 0 ? options.epochs
                                        : int(qBound(qsizetype(10), qsizetype(2000000) / wordCount, qsizetype(100)));
        args.lr = options.learningRate;
        args.wordNgrams = options.wordNgrams;
        args.bucket = options.buckets;
        args.minCount = 1;
        args.minn = 0;
        args.maxn = 0;
        args.thread = 1; // with the seed: the same articles, the same model
        args.seed = 1;
        args.verbose = 0;
        impl->model.train(args);
        impl->model.saveModel(output.toStdString());
    } catch (const std::exception& e) {
        return failure(tr("fastText could not learn the labels: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    QFile saved(output);
    if (!saved.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read the label classifier fastText saved: %1").arg(saved.errorString()));
    impl->bytes = saved.readAll();
    LabelClassifier classifier;
    classifier.d = std::move(impl);
    return classifier;
}

QList<LabelPrediction> LabelClassifier::predict(const QString& text) const
{
    QList<LabelPrediction> out;
    if (!d)
        return out;
    std::istringstream in(documentWords(text).toStdString() + '\n');
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    // predictLine changes nothing the model holds; the API is not const-correct everywhere.
    auto& model = const_cast<fasttext::FastText&>(d->model);
    if (!model.predictLine(in, predictions, d->multiple ? -1 : 1, d->multiple ? 0.5f : 0.0f))
        return out;
    for (const auto& [probability, label] : predictions) {
        QString code = QString::fromStdString(label);
        if (code.startsWith(LabelPrefix))
            code.remove(0, LabelPrefix.size());
        out.append({code, double(probability)});
    }
    return out;
}

QByteArray LabelClassifier::save() const
{
    QByteArray out;
    if (!d)
        return out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << Magic << qint32(FormatVersion) << d->multiple
           << QCryptographicHash::hash(d->bytes, QCryptographicHash::Sha256) << d->bytes;
    return out;
}

Result<LabelClassifier> LabelClassifier::load(const QByteArray& bytes)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    auto impl = std::make_shared<Impl>();
    QByteArray checksum;
    stream >> magic >> version >> impl->multiple >> checksum >> impl->bytes;
    if (stream.status() != QDataStream::Ok || magic != Magic)
        return failure(tr("The stored label classifier is damaged."));
    if (version != FormatVersion)
        return failure(tr("The stored label classifier was made by another version of Hamish."));
    if (checksum != QCryptographicHash::hash(impl->bytes, QCryptographicHash::Sha256)
        || impl->bytes.size() <= FastTextHeaderBytes)
        return failure(tr("The stored label classifier is damaged."));
    try {
        std::istringstream in(std::string(impl->bytes.constData() + FastTextHeaderBytes,
                                          size_t(impl->bytes.size() - FastTextHeaderBytes)));
        impl->model.loadModel(in);
    } catch (const std::exception& e) {
        return failure(tr("The stored label classifier is damaged: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    LabelClassifier classifier;
    classifier.d = std::move(impl);
    return classifier;
}

} // namespace hamish
