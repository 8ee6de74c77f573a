#pragma once

#include <QByteArray>
#include <QString>

namespace hamish {

struct HtmlContent
{
    QString title; // from the first <h1>, else <title>
    QString body;  // the text of <article>, else of the <p> elements, paragraphs apart
};

// A forgiving, non-recursive HTML text extractor: scripts, styles and comments are
// dropped, entities decoded, and deep nesting costs nothing.
HtmlContent extractHtml(QStringView html);

// The charset a page declares in <meta charset> or <meta http-equiv content>, if any.
QString declaredHtmlCharset(const QByteArray& bytes);

bool looksLikeHtml(QStringView text);

} // namespace hamish
