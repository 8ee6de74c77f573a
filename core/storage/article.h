#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hamish {

// An article as stored. The body is the canonical text that every annotation offset
// refers to: it is written once at import and never changed.
struct Article
{
    qint64 id = 0;
    QString title;
    QString author;
    QString source;
    QString url;
    QString date; // as the source gave it
    QString body;
    QString originPath;
    QString originEncoding;
    QString contentHash;
    QDateTime importedAt;
    QStringList relatedTitles;
    // How the body was tokenised when it came from a token format: "whitespace" for CoNLL
    // imports (tokens are separated by single spaces, sentences by newlines), else empty.
    QString tokenization;
};

struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString author;
    QString source;
    QString url;
    QString date;
    int annotationCount = 0;
    bool read = false;
    bool starred = false;
    QDateTime trashedAt;    // invalid unless the article is in the Trash
    QList<qint64> labelIds; // the document labels any annotator set on it

    bool isTrashed() const { return trashedAt.isValid(); }
};

} // namespace hamish

// Lists of 300,000 summaries grow by moving memory, not by moving each of their strings.
Q_DECLARE_TYPEINFO(hamish::ArticleSummary, Q_RELOCATABLE_TYPE);

namespace hamish {

// The fields of an article a user may correct; the body never changes.
struct ArticleHeading
{
    QString title;
    QString author;
    QString source;
    QString date;
    QString url;

    bool operator==(const ArticleHeading&) const = default;
};

// Which articles a listing, a search, the statistics, tag-all or an export covers: never those
// in the Trash, and only one collection's when collectionId is set.
struct ArticleScope
{
    qint64 collectionId = 0;
};

// That scope as an SQL condition on the article id column `idColumn`, with the collection id
// bound to parameter number `parameter`.
QString articleScopeCondition(const QString& idColumn, int parameter);

// SHA-256 of the canonical body in UTF-8, in hex.
QString contentHashOf(const QString& body);
// The same, of a body already in UTF-8.
QString contentHashOfUtf8(const QByteArray& body);

} // namespace hamish
