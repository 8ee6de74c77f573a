#pragma once

#include "result.h"
#include "search/arabictokenizer.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hamish {

class ArticleSplitter;

// An article read from a file and made ready to store: checked, titled, stamped with where it
// came from, hashed and tokenized for the search index. Corpora prepare them on a reader
// thread ahead of the writer; text and HTML files on the importing thread.
struct PreparedArticle
{
    enum class Kind { Article, Skipped, Failed, Finished };
    Kind kind = Kind::Article;
    Article article;
    IndexTokens titleTokens;
    IndexTokens bodyTokens;
    QString message;     // the warning of a skipped record
    Failure problem;     // what failed, for a Failed one
    int number = 0;      // 1-based article or record number in the file
    qint64 position = 0; // bytes of the file read so far, for progress
};

// What every article of one file shares.
struct ArticleOrigin
{
    QString path; // for messages
    QString absolutePath;
    QString encoding;
    QDateTime importedAt;
};

class ArticlePreparation
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePreparation)

public:
    // The longest article body taken, in UTF-16 code units: ten times the longest article the
    // reader is measured on (issue 7, B1). Longer ones are refused with a message.
    static constexpr qsizetype MaxArticleLength = 10'000'000;

    // Whether a body is worth storing: within the length limit, and with at least one letter or
    // digit (not only harakat, invisible characters or emoji). `number` names it in the message.
    static Status check(const Article& article, int number);
    static bool hasLetterOrDigit(const QString& text);
    // Fills in the title (from the body when there is none), the origin, hash and tokens.
    static void prepare(PreparedArticle& prepared, const ArticleOrigin& origin, const ArticleSplitter& splitter);
};

} // namespace hamish
