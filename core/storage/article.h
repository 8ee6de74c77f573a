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
};

// SHA-256 of the canonical body in UTF-8, in hex.
QString contentHashOf(const QString& body);
// The same, of a body already in UTF-8.
QString contentHashOfUtf8(const QByteArray& body);

} // namespace hamish
