#include "agreement/agreementservice.h"
#include "agreement/annotatorprogress.h"
#include "agreement/layermerge.h"
#include "cli/command.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

// done, progress, agreement and merge: several annotators' layers (issue 17).
namespace hamish::cli {

namespace {

// A figure between 0 and 1 with four decimals; "nan" where it is undefined.
QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("nan") : QString::number(value, 'f', 4);
}

QJsonValue jsonFigure(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

void addDoneOptions(QCommandLineParser& parser)
{
    Context::addAnnotatorOption(parser);
    parser.addOptions({
        {QStringLiteral("article"), QStringLiteral("The article."), QStringLiteral("ID")},
        {QStringLiteral("undo"), QStringLiteral("Mark it not done again.")},
    });
}

int runDone(Context& context)
{
    QCommandLineParser& p = context.parser();
    qint64 articleId = 0;
    if (!Context::toId(p.value(QStringLiteral("article")), articleId) || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    AnnotatorProgress progress(**library);
    const QString annotator = context.annotator();
    if (Status ok = progress.setDone(articleId, annotator, !p.isSet(QStringLiteral("undo"))); !ok)
        return context.fail(ok.error());
    context.out(QStringLiteral("%1\t%2\t%3\n")
                    .arg(annotator)
                    .arg(articleId)
                    .arg(AnnotatorProgress::stateName(progress.state(articleId, annotator))));
    return Success;
}

void addProgressOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON objects.")});
}

int runProgress(Context& context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const Result<QList<ArticleProgress>> started = AnnotatorProgress(**library).started();
    if (!started)
        return context.fail(started.error());
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleProgress& s : *started)
            array.append(QJsonObject{{QStringLiteral("annotator"), s.annotator},
                                     {QStringLiteral("article"), s.articleId},
                                     {QStringLiteral("state"), AnnotatorProgress::stateName(s.state)}});
        context.outJson(array);
        return Success;
    }
    QString text;
    for (const ArticleProgress& s : *started)
        text +=
            QStringLiteral("%1\t%2\t%3\n").arg(s.annotator).arg(s.articleId).arg(AnnotatorProgress::stateName(s.state));
    context.out(text);
    return Success;
}

void addAgreementOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("annotator"), QStringLiteral("An annotator to compare (repeatable; default: all)."),
         QStringLiteral("NAME")},
        {QStringLiteral("article"), QStringLiteral("Only this article (repeatable)."), QStringLiteral("ID")},
        {QStringLiteral("json"), QStringLiteral("Print the whole report as JSON.")},
    });
}

QJsonObject pairToJson(const PairAgreement& pair)
{
    QJsonObject types;
    for (const SpanAgreement& s : pair.spans) {
        types.insert(s.type, QJsonObject{{QStringLiteral("spans_a"), s.spansA},
                                         {QStringLiteral("spans_b"), s.spansB},
                                         {QStringLiteral("exact"), s.exact},
                                         {QStringLiteral("f1_exact"), jsonFigure(s.exactF1())},
                                         {QStringLiteral("p_overlap"), jsonFigure(s.overlapP())},
                                         {QStringLiteral("r_overlap"), jsonFigure(s.overlapR())},
                                         {QStringLiteral("f1_overlap"), jsonFigure(s.overlapF1())}});
    }
    QJsonArray nested;
    for (const double k : pair.nestedKappa)
        nested.append(jsonFigure(k));
    QJsonObject labels;
    for (auto it = pair.labelKappa.cbegin(); it != pair.labelKappa.cend(); ++it)
        labels.insert(it.key(), jsonFigure(it.value()));
    const SpanAgreement micro = pair.spans.isEmpty() ? SpanAgreement{} : pair.spans.last();
    return {{QStringLiteral("a"), pair.a},
            {QStringLiteral("b"), pair.b},
            {QStringLiteral("articles"), pair.articles},
            {QStringLiteral("tokens"), pair.tokens},
            {QStringLiteral("kappa"), jsonFigure(pair.kappa)},
            {QStringLiteral("f1_exact"), jsonFigure(micro.exactF1())},
            {QStringLiteral("f1_overlap"), jsonFigure(micro.overlapF1())},
            {QStringLiteral("types"), types},
            {QStringLiteral("nested_kappa"), nested},
            {QStringLiteral("label_kappa"), labels}};
}

int runAgreement(Context& context)
{
    QCommandLineParser& p = context.parser();
    QList<qint64> articles;
    if (!context.optionIds(QStringLiteral("article"), articles) || !p.positionalArguments().isEmpty())
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const Result<AgreementReport> report =
        AgreementService(**library).compute(p.values(QStringLiteral("annotator")), articles);
    if (!report)
        return context.fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray pairs;
        for (const PairAgreement& pair : report->pairs)
            pairs.append(pairToJson(pair));
        QJsonObject all{{QStringLiteral("annotators"), QJsonArray::fromStringList(report->annotators)},
                        {QStringLiteral("pairs"), pairs}};
        if (report->annotators.size() >= 3) {
            all.insert(QStringLiteral("alpha"), jsonFigure(report->alpha));
            all.insert(QStringLiteral("fleiss_kappa"), jsonFigure(report->fleiss));
            all.insert(QStringLiteral("common_articles"), report->commonArticles);
            all.insert(QStringLiteral("common_tokens"), report->commonTokens);
        }
        context.outJson(QJsonArray{all});
        return Success;
    }
    QString text;
    for (const PairAgreement& pair : report->pairs) {
        const SpanAgreement micro = pair.spans.isEmpty() ? SpanAgreement{} : pair.spans.last();
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(pair.a, pair.b)
                    .arg(pair.articles)
                    .arg(pair.tokens)
                    .arg(figure(pair.kappa), figure(micro.exactF1()), figure(micro.overlapF1()));
    }
    if (report->annotators.size() >= 3)
        text += QStringLiteral("alpha\t%1\n").arg(figure(report->alpha));
    context.out(text);
    return Success;
}

void addMergeOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("into"), QStringLiteral("The layer to copy into (gold, say)."), QStringLiteral("NAME")},
        {QStringLiteral("agreed"), QStringLiteral("Copy what every compared layer agrees on exactly.")},
        {QStringLiteral("from"), QStringLiteral("Copy this annotator's layer."), QStringLiteral("ANNOTATOR")},
        {QStringLiteral("annotator"), QStringLiteral("A layer to compare (repeatable; default: all but the target)."),
         QStringLiteral("NAME")},
        {QStringLiteral("article"), QStringLiteral("Only this article (repeatable)."), QStringLiteral("ID")},
        {QStringLiteral("json"), QStringLiteral("Print the counts as JSON.")},
    });
}

int runMerge(Context& context)
{
    QCommandLineParser& p = context.parser();
    const QString target = p.value(QStringLiteral("into")).trimmed();
    const bool agreed = p.isSet(QStringLiteral("agreed"));
    if (target.isEmpty() || agreed == p.isSet(QStringLiteral("from")) || !p.positionalArguments().isEmpty())
        return BadUsage;
    QList<qint64> articles;
    if (!context.optionIds(QStringLiteral("article"), articles))
        return BadUsage;
    Result<std::unique_ptr<Library>> library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    LayerMerge merge(**library);
    const QStringList compared = p.values(QStringLiteral("annotator"));
    const Result<MergeReport> report =
        agreed ? merge.agreed(target, compared, articles)
               : merge.from(target, p.value(QStringLiteral("from")).trimmed(), compared, articles);
    if (!report)
        return context.fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        context.outJson(QJsonArray{QJsonObject{{QStringLiteral("added"), report->added()},
                                               {QStringLiteral("spans"), report->spansAdded},
                                               {QStringLiteral("relations"), report->relationsAdded},
                                               {QStringLiteral("labels"), report->labelsAdded},
                                               {QStringLiteral("left"), report->leftForCuration},
                                               {QStringLiteral("articles"), report->articles}}});
        return Success;
    }
    context.out(QStringLiteral("added\t%1\nleft\t%2\n").arg(report->added()).arg(report->leftForCuration));
    return Success;
}

} // namespace

const Command& mergeCommand()
{
    static const Command command{
        u"merge",
        u"[--db PATH] --into NAME (--agreed | --from ANNOTATOR) [--annotator NAME]... [--article ID]... [--json]",
        addMergeOptions, runMerge};
    return command;
}

const Command& doneCommand()
{
    static const Command command{u"done", u"[--db PATH] --article ID [--annotator NAME] [--undo]", addDoneOptions,
                                 runDone};
    return command;
}

const Command& progressCommand()
{
    static const Command command{u"progress", u"[--db PATH] [--json]", addProgressOptions, runProgress};
    return command;
}

const Command& agreementCommand()
{
    static const Command command{u"agreement", u"[--db PATH] [--annotator NAME]... [--article ID]... [--json]",
                                 addAgreementOptions, runAgreement};
    return command;
}

} // namespace hamish::cli
