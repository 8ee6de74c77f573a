#include "import/preparedarticle.h"

#include "import/articlesplitter.h"

#include <QFileInfo>
#include <QLocale>

namespace hamish {

bool ArticlePreparation::hasLetterOrDigit(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

Status ArticlePreparation::check(const Article& article, int number)
{
    if (article.body.size() > MaxArticleLength)
        return failure(tr("article %1 is %2 characters long; Hamish takes articles of up to %3 characters.")
                           .arg(number)
                           .arg(QLocale().toString(article.body.size()), QLocale().toString(MaxArticleLength)));
    if (!hasLetterOrDigit(article.body))
        return failure(
            tr("article %1 has no letter or digit (only marks, invisible characters or symbols).").arg(number));
    return {};
}

void ArticlePreparation::prepare(PreparedArticle& prepared, const ArticleOrigin& origin,
                                 const ArticleSplitter& splitter)
{
    Article& article = prepared.article;
    if (article.title.isEmpty())
        article.title = splitter.deriveTitle(article.body);
    article.originPath = origin.absolutePath;
    article.originEncoding = origin.encoding;
    article.importedAt = origin.importedAt;
    prepared.titleTokens = indexTokensOf(article.title);
    prepared.bodyTokens = indexTokensOf(article.body);
    article.contentHash = contentHashOfUtf8(prepared.bodyTokens.text);
}

} // namespace hamish
