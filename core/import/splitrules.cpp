#include "import/splitrules.h"

#include "text/arabicfold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hamish {

namespace {

QStringList keys(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list.append(markerKey(item.toString()));
    return list;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString markerKey(QStringView line)
{
    // Markers are a few words, so only the start of a line (even one of megabytes) is folded;
    // a longer line keeps a mark at its end and never equals a marker.
    constexpr qsizetype Window = 256;
    if (line.size() > Window)
        return foldForSearch(line.left(Window)).simplified() + QChar(0xFFFF);
    QString key = foldForSearch(line).simplified();
    while (key.endsWith(u':') || key.endsWith(QChar(0x061B)))
        key.chop(1);
    return key.trimmed();
}

Result<SplitRules> SplitRules::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return failure(tr("The splitter rules are not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    SplitRules rules;
    rules.sourcePrefixes = keys(o.value(u"sourcePrefixes"));
    rules.boundaryMarkers = keys(o.value(u"boundaryMarkers"));
    rules.droppedLines = keys(o.value(u"droppedLines"));
    rules.relatedHeaders = keys(o.value(u"relatedHeaders"));
    rules.bulletPrefixes = strings(o.value(u"bulletPrefixes"));
    rules.authorPrefixes = keys(o.value(u"authorPrefixes"));
    rules.separator = QRegularExpression(o.value(u"separatorPattern").toString());
    rules.counter = QRegularExpression(o.value(u"counterPattern").toString());
    if (!rules.separator.isValid() || !rules.counter.isValid())
        return failure(tr("The splitter rules hold an invalid pattern."));
    rules.maxTitleWords = o.value(u"maxTitleWords").toInt(rules.maxTitleWords);
    rules.maxAuthorWords = o.value(u"maxAuthorWords").toInt(rules.maxAuthorWords);
    rules.derivedTitleWords = o.value(u"derivedTitleWords").toInt(rules.derivedTitleWords);
    return rules;
}

const SplitRules& SplitRules::builtIn()
{
    static const SplitRules rules = [] {
        QFile file(QStringLiteral(":/rules/splitter.json"));
        file.open(QIODevice::ReadOnly);
        Result<SplitRules> parsed = fromJson(file.readAll());
        Q_ASSERT_X(parsed.has_value(), "SplitRules", "the built-in splitter rules must parse");
        return parsed.value_or(SplitRules{});
    }();
    return rules;
}

} // namespace hamish
