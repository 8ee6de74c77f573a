#include "import/jsonreader.h"

#include "text/textdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace hamish {

namespace {

QString firstString(const QJsonObject& o, std::initializer_list<const char16_t*> keys)
{
    for (const char16_t* key : keys) {
        const QJsonValue v = o.value(QStringView(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 15);
    }
    return {};
}

// Returns false when the record has no content to import.
bool toArticle(const QJsonObject& o, Article& article)
{
    article.body = TextDecoder::canonicalize(firstString(o, {u"content", u"body", u"text"}));
    article.title = firstString(o, {u"title", u"headline"}).simplified();
    article.author = firstString(o, {u"author", u"authors", u"byline"}).simplified();
    article.source = firstString(o, {u"source", u"publisher", u"site"}).simplified();
    article.url = firstString(o, {u"url", u"link"}).trimmed();
    article.date =
        firstString(o, {u"date", u"published", u"published_at", u"date_published", u"date_extracted"}).trimmed();
    return !article.body.trimmed().isEmpty();
}

// What QJsonDocument lets through silently: \u0000 puts a NUL into the text, which reaches the
// exports and breaks snippets, and a lone surrogate becomes U+FFFD. Both are refused.
Status checkEscapes(const QByteArray& json)
{
    const auto hexAt = [&](qsizetype i) -> int {
        if (i + 4 > json.size())
            return -1;
        bool ok = false;
        const int value = QByteArray::fromRawData(json.constData() + i, 4).toInt(&ok, 16);
        return ok ? value : -1;
    };
    for (qsizetype i = 0; i + 1 < json.size(); ++i) {
        if (json.at(i) != '\\')
            continue;
        if (json.at(i + 1) != 'u') {
            ++i; // an escaped character, perhaps a backslash
            continue;
        }
        const int unit = hexAt(i + 2);
        if (unit == 0)
            return failure(JsonArticleReader::tr("a string holds \\u0000 (NUL), which is not text."));
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const bool paired = i + 7 < json.size() && json.at(i + 6) == '\\' && json.at(i + 7) == 'u'
                                && hexAt(i + 8) >= 0xDC00 && hexAt(i + 8) <= 0xDFFF;
            if (!paired)
                return failure(JsonArticleReader::tr("a string holds a lone surrogate (\\u%1), which is not text.")
                                   .arg(unit, 4, 16, QLatin1Char('0')));
            i += 11;
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return failure(JsonArticleReader::tr("a string holds a lone surrogate (\\u%1), which is not text.")
                               .arg(unit, 4, 16, QLatin1Char('0')));
        i += 5;
    }
    return {};
}

} // namespace

Result<bool> JsonArticleReader::readRecord(const QByteArray& json, Article& article, int number, int line)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(json);
    if (utf8.hasError())
        return failure(tr("record %1 is not valid UTF-8.").arg(number)).atLine(line);
    if (Status clean = checkEscapes(json); !clean)
        return failure(tr("record %1: %2").arg(number).arg(clean.error())).atLine(line);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(tr("record %1: malformed JSON (%2).").arg(number).arg(error.errorString()))
            .atLine(line + json.left(error.offset).count('\n'));
    if (!doc.isObject())
        return failure(tr("record %1: expected an object with title and content.").arg(number)).atLine(line);
    return toArticle(doc.object(), article);
}

} // namespace hamish
