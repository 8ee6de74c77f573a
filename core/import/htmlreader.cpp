#include "import/htmlreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace hamish {

namespace {

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> entities{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},      {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},     {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("laquo"), 0xAB},   {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C}, {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("zwj"), 0x200D},   {QStringLiteral("lrm"), 0x200E},
        {QStringLiteral("rlm"), 0x200F},    {QStringLiteral("copy"), 0xA9},    {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("middot"), 0xB7},   {QStringLiteral("shy"), 0xAD},     {QStringLiteral("times"), 0xD7},
    };
    return entities;
}

void appendCodePoint(QString& out, char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    out += QString::fromUcs4(&c, 1);
}

// Decodes the entity at html[i] == '&'; returns the index after it.
qsizetype decodeEntity(QStringView html, qsizetype i, QString& out)
{
    const qsizetype semicolon = html.indexOf(u';', i + 1);
    if (semicolon < 0 || semicolon - i > 12) {
        out += u'&';
        return i + 1;
    }
    const QStringView name = html.sliced(i + 1, semicolon - i - 1);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok) {
            appendCodePoint(out, value);
            return semicolon + 1;
        }
    } else if (auto it = namedEntities().constFind(name.toString()); it != namedEntities().cend()) {
        appendCodePoint(out, *it);
        return semicolon + 1;
    }
    out += u'&';
    return i + 1;
}

bool isBlockTag(QStringView tag)
{
    static const QStringList blocks{
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("br"),     QStringLiteral("li"),
        QStringLiteral("h1"),      QStringLiteral("h2"),         QStringLiteral("h3"),     QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),         QStringLiteral("tr"),     QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("blockquote"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("ul"),      QStringLiteral("ol"),         QStringLiteral("table")};
    return blocks.contains(tag);
}

bool isRawTextTag(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"noscript" || tag == u"template" || tag == u"svg"
           || tag == u"textarea";
}

// Text collected into paragraphs, with HTML whitespace collapsed.
class ParagraphSink
{
public:
    void text(QStringView t)
    {
        for (const QChar c : t) {
            if (c.isSpace() && c != QChar(0xA0)) {
                m_pendingSpace = !m_current.isEmpty();
            } else {
                if (m_pendingSpace)
                    m_current += u' ';
                m_pendingSpace = false;
                m_current += c;
            }
        }
    }
    void breakParagraph()
    {
        if (!m_current.trimmed().isEmpty())
            m_paragraphs.append(m_current.trimmed());
        m_current.clear();
        m_pendingSpace = false;
    }
    QString result()
    {
        breakParagraph();
        return m_paragraphs.join(QStringLiteral("\n\n"));
    }
    bool isEmpty() const { return m_paragraphs.isEmpty() && m_current.trimmed().isEmpty(); }

private:
    QStringList m_paragraphs;
    QString m_current;
    bool m_pendingSpace = false;
};

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    qsizetype end = 0; // index after '>'
};

Tag parseTag(QStringView html, qsizetype i)
{
    Tag tag;
    qsizetype j = i + 1;
    if (j < html.size() && html.at(j) == u'/') {
        tag.closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < html.size() && (html.at(j).isLetterOrNumber() || html.at(j) == u'-'))
        ++j;
    tag.name = html.sliced(nameStart, j - nameStart).toString().toLower();
    QChar quote;
    while (j < html.size()) {
        const QChar c = html.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            tag.selfClosing = j > 0 && html.at(j - 1) == u'/';
            break;
        }
        ++j;
    }
    tag.end = qMin(j + 1, html.size());
    return tag;
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression marker(QStringLiteral("<(!doctype\\s+html|html|body|article|p)[\\s>]"),
                                           QRegularExpression::CaseInsensitiveOption);
    return marker.match(text.left(4096)).hasMatch();
}

QString declaredHtmlCharset(const QByteArray& bytes)
{
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(8192));
    const QRegularExpressionMatch m = meta.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

HtmlContent extractHtml(QStringView html)
{
    ParagraphSink articleText, paragraphText, allText;
    QString title, h1;
    int articleDepth = 0, paragraphDepth = 0;
    bool inTitle = false, inH1 = false, sawH1 = false;

    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? html.size() : end + 3;
                continue;
            }
            if (i + 1 < html.size() && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
                const qsizetype end = html.indexOf(u'>', i);
                i = end < 0 ? html.size() : end + 1;
                continue;
            }
            const Tag tag = parseTag(html, i);
            if (tag.name.isEmpty()) {
                allText.text(u"<");
                ++i;
                continue;
            }
            i = tag.end;
            if (!tag.closing && !tag.selfClosing && isRawTextTag(tag.name)) {
                const QString close = QStringLiteral("</") + tag.name;
                const qsizetype end = html.indexOf(close, i, Qt::CaseInsensitive);
                i = end < 0 ? html.size() : parseTag(html, end).end;
                continue;
            }
            const int delta = tag.closing ? -1 : (tag.selfClosing ? 0 : 1);
            if (tag.name == u"title")
                inTitle = !tag.closing;
            else if (tag.name == u"h1" && !sawH1) {
                inH1 = !tag.closing;
                sawH1 = sawH1 || tag.closing;
            } else if (tag.name == u"article")
                articleDepth = qMax(0, articleDepth + delta);
            else if (tag.name == u"p")
                paragraphDepth = qMax(0, paragraphDepth + delta);
            if (isBlockTag(tag.name)) {
                articleText.breakParagraph();
                paragraphText.breakParagraph();
                allText.breakParagraph();
            }
            continue;
        }
        QString chunk;
        const qsizetype next = html.indexOf(u'<', i);
        const qsizetype stop = next < 0 ? html.size() : next;
        while (i < stop) {
            if (html.at(i) == u'&')
                i = decodeEntity(html, i, chunk);
            else
                chunk += html.at(i++);
        }
        if (inTitle) {
            title += chunk;
            continue;
        }
        if (inH1) {
            h1 += chunk;
            continue;
        }
        allText.text(chunk);
        if (articleDepth > 0)
            articleText.text(chunk);
        if (paragraphDepth > 0)
            paragraphText.text(chunk);
    }
    HtmlContent content;
    content.title = (h1.simplified().isEmpty() ? title : h1).simplified();
    if (!articleText.isEmpty())
        content.body = articleText.result();
    else if (!paragraphText.isEmpty())
        content.body = paragraphText.result();
    else
        content.body = allText.result();
    return content;
}

} // namespace hamish
