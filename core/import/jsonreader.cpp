#include "import/jsonreader.h"

#include "text/textdecoder.h"

#include <QJsonArray>
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

qsizetype lineOfOffset(const QByteArray& utf8, qsizetype offset)
{
    return utf8.left(offset).count('\n') + 1;
}

} // namespace

Result<bool> JsonArticleReader::readRecord(const QByteArray& json, Article& article, int number, int line)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(json);
    if (utf8.hasError())
        return failure(tr("Line %1: record %2 is not valid UTF-8.").arg(line).arg(number));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(tr("Line %1: record %2: malformed JSON (%3).")
                           .arg(line + json.left(error.offset).count('\n'))
                           .arg(number)
                           .arg(error.errorString()));
    if (!doc.isObject())
        return failure(tr("Line %1: record %2: expected an object with title and content.").arg(line).arg(number));
    return toArticle(doc.object(), article);
}

bool JsonArticleReader::looksLikeJsonLines(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u'{');
}

Result<JsonArticles> JsonArticleReader::readArray(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(
            tr("Line %1: malformed JSON (%2).").arg(lineOfOffset(utf8, error.offset)).arg(error.errorString()));
    if (!doc.isArray())
        return failure(tr("Line 1: expected a JSON array of articles."));
    JsonArticles result;
    const QJsonArray records = doc.array();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject())
            return failure(tr("Record %1: expected an object with title and content.").arg(i + 1));
        Article article;
        if (toArticle(records.at(i).toObject(), article))
            result.articles.append(article);
        else
            result.skipped.append(tr("Record %1: empty content, skipped.").arg(i + 1));
    }
    return result;
}

Result<JsonArticles> JsonArticleReader::readLines(const QString& text)
{
    JsonArticles result;
    const QStringList lines = text.split(QChar(u'\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return failure(tr("Line %1: malformed JSON (%2).").arg(i + 1).arg(error.errorString()));
        if (!doc.isObject())
            return failure(tr("Line %1: expected an object with title and content.").arg(i + 1));
        Article article;
        if (toArticle(doc.object(), article))
            result.articles.append(article);
        else
            result.skipped.append(tr("Line %1: empty content, skipped.").arg(i + 1));
    }
    return result;
}

} // namespace hamish
