#include "annotatorname.h"
#include "cli/command.h"
#include "learn/entityrecommender.h"
#include "learn/labelrecommender.h"
#include "storage/library.h"
#include "text/offsets.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

// train, predict and suggest: the entity recommender and the document-label classifier (issue 16).
namespace hamish::cli {

namespace {

QString score(double value)
{
    return QString::number(value, 'f', 4);
}

QString scoreLine(const QString& name, const TypeScore& s)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
        .arg(name, score(s.precision()), score(s.recall()), score(s.f1()))
        .arg(s.support());
}

void addTrainOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("folds"), QStringLiteral("Cross-validation folds (default 5)."), QStringLiteral("K")},
        {QStringLiteral("json"), QStringLiteral("Print the report as JSON.")},
        {QStringLiteral("labels"), QStringLiteral("Train the document-label classifier instead (one line per "
                                                  "SET/LABEL).")},
    });
}

int runTrain(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 folds = 5;
    if ((p.isSet(QStringLiteral("folds")) && (!Context::toId(p.value(QStringLiteral("folds")), folds) || folds < 2))
        || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    QElapsedTimer timer;
    timer.start();
    const bool labels = p.isSet(QStringLiteral("labels"));
    const Result<TrainingReport> report =
        labels ? LabelRecommender(**library).train(int(folds)) : EntityRecommender(**library).train(int(folds));
    if (!report)
        return context.fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        context.outJson(QJsonArray{reportToJson(*report)});
    } else {
        QString text;
        for (const TypeScore& s : report->evaluation.types)
            text += scoreLine(s.type, s);
        text += scoreLine(QStringLiteral("micro"), report->evaluation.micro);
        context.out(text);
    }
    context.err(QStringLiteral("trained on %1 tokens in %2 %6 in %3 s (%4-fold cross-validation by %5)\n")
                    .arg(report->tokens)
                    .arg(report->sentences)
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                    .arg(folds)
                    .arg(report->foldsByArticle ? QStringLiteral("article") : QStringLiteral("sentence"))
                    .arg(labels ? QStringLiteral("labelled articles") : QStringLiteral("sentences")));
    return Success;
}

void addPredictOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("The input's format: conll."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QStringLiteral("Where to write the tagged tokens."), QStringLiteral("OUT")},
    });
}

int runPredict(Context& context)
{
    QCommandLineParser& p = context.parser();
    if (p.value(QStringLiteral("format")) != u"conll" || p.value(QStringLiteral("out")).isEmpty()
        || p.positionalArguments().size() != 1)
        return BadUsage;
    const QString inPath = p.positionalArguments().first();
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("%1: %2").arg(inPath, in.errorString()));
    const QList<TaggedSentence> sentences = NerDatasetBuilder::fromConll(QString::fromUtf8(in.readAll()));
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const Result<NerModel> model = EntityRecommender(**library).model();
    if (!model)
        return context.fail(model.error());
    QElapsedTimer timer;
    timer.start();
    QString text;
    qint64 tokens = 0;
    for (const TaggedSentence& sentence : sentences) {
        QStringList tags(sentence.tokens.size(), QStringLiteral("O"));
        for (const TokenChunk& chunk : model->predict(sentence.tokens)) {
            for (int i = chunk.begin; i < chunk.end; ++i)
                tags[i] = (i == chunk.begin ? QStringLiteral("B-") : QStringLiteral("I-")) + chunk.type;
        }
        for (qsizetype i = 0; i < sentence.tokens.size(); ++i)
            text += sentence.tokens.at(i) + u' ' + tags.at(i) + u'\n';
        text += u'\n';
        tokens += sentence.tokens.size();
    }
    QSaveFile out(p.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
        return context.fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    const double seconds = qMax(0.001, double(timer.elapsed()) / 1000.0);
    context.err(QStringLiteral("tagged %1 tokens in %2 sentences (%3 tokens/s)\n")
                    .arg(tokens)
                    .arg(sentences.size())
                    .arg(qRound64(double(tokens) / seconds)));
    return Success;
}

void addSuggestOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("article"), QStringLiteral("The article."), QStringLiteral("ID")},
        {QStringLiteral("json"), QStringLiteral("Print JSON objects.")},
        {QStringLiteral("labels"), QStringLiteral("Suggest document labels instead: SET/LABEL<TAB>CONFIDENCE lines.")},
    });
}

// The label classifier's suggestions for an article: labels this annotator has not set.
int suggestLabels(Context& context, Library& library, qint64 articleId)
{
    LabelRecommender recommender(library);
    const Result<LabelModel> model = recommender.model();
    if (!model)
        return context.fail(model.error());
    const Result<std::optional<TrainingReport>> report = recommender.report();
    if (!report || !*report)
        return context.fail(report ? QStringLiteral("The label model has no report.") : report.error());
    const Result<QList<LabelSuggestion>> suggestions =
        recommender.suggest(articleId, context.annotator(), *model, **report);
    if (!suggestions)
        return context.fail(suggestions.error());
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LabelSuggestion& s : *suggestions)
            array.append(QJsonObject{{QStringLiteral("label"), s.key}, {QStringLiteral("confidence"), s.confidence}});
        context.outJson(array);
        return Success;
    }
    QString text;
    for (const LabelSuggestion& s : *suggestions)
        text += QStringLiteral("%1\t%2\n").arg(s.key, QString::number(s.confidence, 'f', 3));
    context.out(text);
    return Success;
}

int runSuggest(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 articleId = 0;
    if (!Context::toId(p.value(QStringLiteral("article")), articleId) || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    if (p.isSet(QStringLiteral("labels"))) {
        if (Result<Article> article = (*library)->articles().article(articleId); !article)
            return context.fail(article.error());
        return suggestLabels(context, **library, articleId);
    }
    EntityRecommender recommender(**library);
    const Result<NerModel> model = recommender.model();
    if (!model)
        return context.fail(model.error());
    const Result<std::optional<TrainingReport>> report = recommender.report();
    if (!report || !*report)
        return context.fail(report ? QStringLiteral("The model has no report.") : report.error());
    const Result<Article> article = (*library)->articles().article(articleId);
    if (!article)
        return context.fail(article.error());
    const Result<QList<ModelSuggestion>> suggestions = recommender.suggest(articleId, *model, **report);
    if (!suggestions)
        return context.fail(suggestions.error());
    const auto cp = [&](qsizetype utf16) { return codePointsFromUtf16(article->body, utf16); };
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ModelSuggestion& s : *suggestions)
            array.append(QJsonObject{{QStringLiteral("start"), cp(s.start)},
                                     {QStringLiteral("end"), cp(s.end)},
                                     {QStringLiteral("type"), s.type},
                                     {QStringLiteral("confidence"), s.confidence},
                                     {QStringLiteral("text"), s.text}});
        context.outJson(array);
        return Success;
    }
    QString text;
    for (const ModelSuggestion& s : *suggestions) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(cp(s.start))
                    .arg(cp(s.end))
                    .arg(s.type, QString::number(s.confidence, 'f', 3),
                         QString(s.text).replace(u'\t', u' ').replace(u'\n', u' '));
    }
    context.out(text);
    return Success;
}

} // namespace

const Command& trainCommand()
{
    static const Command command{u"train", u"[--db PATH] [--folds K] [--json] [--labels]", addTrainOptions, runTrain};
    return command;
}

const Command& predictCommand()
{
    static const Command command{u"predict", u"[--db PATH] --format conll IN --out OUT", addPredictOptions, runPredict};
    return command;
}

const Command& suggestCommand()
{
    static const Command command{u"suggest", u"[--db PATH] --article ID [--json] [--labels [--annotator NAME]]",
                                 addSuggestOptions, runSuggest};
    return command;
}

} // namespace hamish::cli
