#include "learn/trainingreport.h"

#include "annotations/timestamps.h"

namespace hamish {

namespace {

QJsonObject scoreToJson(const TypeScore& s)
{
    return {{QStringLiteral("precision"), s.precision()},
            {QStringLiteral("recall"), s.recall()},
            {QStringLiteral("f1"), s.f1()},
            {QStringLiteral("support"), s.support()},
            {QStringLiteral("tp"), s.truePositives},
            {QStringLiteral("fp"), s.falsePositives},
            {QStringLiteral("fn"), s.falseNegatives}};
}

TypeScore scoreFromJson(const QString& type, const QJsonObject& o)
{
    TypeScore s{type};
    s.truePositives = o.value(u"tp").toInt();
    s.falsePositives = o.value(u"fp").toInt();
    s.falseNegatives = o.value(u"fn").toInt();
    return s;
}

} // namespace

QJsonObject reportToJson(const TrainingReport& report)
{
    QJsonObject types;
    for (const TypeScore& s : report.evaluation.types)
        types.insert(s.type, scoreToJson(s));
    QJsonObject examples;
    for (auto it = report.examples.cbegin(); it != report.examples.cend(); ++it)
        examples.insert(it.key(), it.value());
    return {
        {QStringLiteral("types"), types},
        {QStringLiteral("micro"), scoreToJson(report.evaluation.micro)},
        {QStringLiteral("folds"), report.folds},
        {QStringLiteral("folds_by"), report.foldsByArticle ? QStringLiteral("article") : QStringLiteral("sentence")},
        {QStringLiteral("examples"), examples},
        {QStringLiteral("tokens"), report.tokens},
        {QStringLiteral("sentences"), report.sentences},
        {QStringLiteral("seconds"), report.seconds},
        {QStringLiteral("trained_at"), isoUtc(report.trainedAt, Milliseconds::Include)},
        {QStringLiteral("data_as_of"), isoUtc(report.dataAsOf, Milliseconds::Include)}};
}

TrainingReport reportFromJson(const QJsonObject& json)
{
    TrainingReport report;
    const QJsonObject types = json.value(u"types").toObject();
    for (auto it = types.constBegin(); it != types.constEnd(); ++it)
        report.evaluation.types.append(scoreFromJson(it.key(), it.value().toObject()));
    report.evaluation.micro = scoreFromJson(QStringLiteral("micro"), json.value(u"micro").toObject());
    report.folds = json.value(u"folds").toInt();
    report.foldsByArticle = json.value(u"folds_by").toString() == u"article";
    const QJsonObject examples = json.value(u"examples").toObject();
    for (auto it = examples.constBegin(); it != examples.constEnd(); ++it)
        report.examples.insert(it.key(), it.value().toInt());
    report.tokens = json.value(u"tokens").toInteger();
    report.sentences = json.value(u"sentences").toInt();
    report.seconds = json.value(u"seconds").toDouble();
    report.trainedAt = fromIsoUtc(json.value(u"trained_at").toString());
    report.dataAsOf =
        json.contains(u"data_as_of") ? fromIsoUtc(json.value(u"data_as_of").toString()) : report.trainedAt;
    return report;
}

bool SuggestionRule::allows(const TrainingReport& report, const QString& type, QString* reason) const
{
    const int examples = report.examples.value(type);
    if (examples < minimumExamples) {
        if (reason)
            *reason = tr("%1 examples; %2 are needed").arg(examples).arg(minimumExamples);
        return false;
    }
    for (const TypeScore& s : report.evaluation.types) {
        if (s.type == type) {
            if (s.f1() + 1e-9 < minimumF1) {
                if (reason)
                    *reason = tr("F1 %1 is below the threshold %2").arg(s.f1(), 0, 'f', 2).arg(minimumF1, 0, 'f', 2);
                return false;
            }
            return true;
        }
    }
    if (reason)
        *reason = tr("not scored yet");
    return false;
}

} // namespace hamish
