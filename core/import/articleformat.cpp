#include "import/articleformat.h"

#include "import/htmlreader.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace hamish {

namespace {

// The first bytes as text, whatever their Unicode encoding; a legacy code page reads as UTF-8
// with replacement characters, which is enough to see brackets and markup.
QString headText(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(head.mid(2));
    if (head.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(head.mid(2));
    if (head.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(head.mid(3));
    return QString::fromUtf8(head);
}

QChar firstNonSpace(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return c;
    }
    return {};
}

} // namespace

QString articleFormatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Text:
        return QStringLiteral("text");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    case ArticleFormat::Json:
        return QStringLiteral("json");
    case ArticleFormat::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

ArticleFormat detectArticleFormat(const QString& path, const QByteArray& head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString text = headText(head);
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return ArticleFormat::JsonLines;
    if (suffix == u"json")
        return firstNonSpace(text) == u'{' ? ArticleFormat::JsonLines : ArticleFormat::Json;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return ArticleFormat::Html;
    if (suffix == u"txt" || suffix == u"text")
        return ArticleFormat::Text;
    if (firstNonSpace(text) == u'[')
        return ArticleFormat::Json;
    if (firstNonSpace(text) == u'{')
        return ArticleFormat::JsonLines;
    return looksLikeHtml(text) ? ArticleFormat::Html : ArticleFormat::Text;
}

bool isImportableSuffix(const QString& suffix)
{
    static const QStringList suffixes{QStringLiteral("txt"),   QStringLiteral("text"),  QStringLiteral("html"),
                                      QStringLiteral("htm"),   QStringLiteral("xhtml"), QStringLiteral("json"),
                                      QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    return suffixes.contains(suffix.toLower());
}

} // namespace hamish
