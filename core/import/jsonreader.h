#pragma once

#include "result.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hamish {

struct JsonArticles
{
    QList<Article> articles;
    QStringList skipped; // "record 12: empty content", one per skipped record
};

// Article corpora: a JSON array of objects, or JSON Lines. Each object gives title,
// content (or body or text), author, source, url and date (or published, date_extracted).
class JsonArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonArticleReader)

public:
    static Result<JsonArticles> readArray(const QString& text);
    static Result<JsonArticles> readLines(const QString& text);
    static bool looksLikeJsonLines(const QString& text);
    // One record's bytes to an article; false (no article) for a record with empty content.
    static Result<bool> readRecord(const QByteArray& json, Article& article, int number, int line);
};

} // namespace hamish
