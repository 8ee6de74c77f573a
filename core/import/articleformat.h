#pragma once

#include <QByteArray>
#include <QString>

namespace hamish {

// What an article file holds. JSON arrays and JSON Lines are corpora of many articles, read
// record by record; text and HTML are read whole, within a size limit.
enum class ArticleFormat { Text, Html, Json, JsonLines };

// "text", "html", "json", "jsonl": the names reports and the import dialog show.
QString articleFormatName(ArticleFormat format);

// From the file name's suffix, else from the first bytes (a JSON array, a JSON object per line,
// HTML markup, or text). `head` is the start of the file, in any encoding with a BOM.
ArticleFormat detectArticleFormat(const QString& path, const QByteArray& head);

// Suffixes an import of a folder picks up.
bool isImportableSuffix(const QString& suffix);

} // namespace hamish
