#pragma once

#include "import/splitrules.h"
#include "storage/article.h"

#include <QList>

namespace hamish {

// Splits one canonical text into articles: source lines, boundary markers and related-title
// lists end an article; boilerplate stays out of the bodies; a short first line is the title
// and a short line under it the author. Bodies keep their inner lines exactly.
class ArticleSplitter
{
public:
    explicit ArticleSplitter(const SplitRules& rules = SplitRules::builtIn())
        : m_rules(rules)
    {
    }

    QList<Article> split(const QString& text) const;
    // The whole text as one article (import --raw): the body is the text itself.
    Article whole(const QString& text) const;
    // A title made from the opening words of a body that has no title line.
    QString deriveTitle(const QString& body) const;

    // A line longer than this is never a title; a derived title is cut to it.
    static constexpr qsizetype MaxTitleLength = 300;

private:
    struct Draft;
    void finish(Draft& draft, QList<Article>& out) const;
    Article buildArticle(const QStringList& lines) const;
    bool isTitleLine(const QString& line) const;
    bool isBullet(const QString& line) const;
    QString relatedTitle(const QString& line) const;
    QString afterPrefix(const QString& line, const QStringList& prefixes) const;

    const SplitRules& m_rules;
};

} // namespace hamish
