#pragma once

#include "result.h"
#include "storage/article.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hamish {

// One record of an article corpus (a JSON array or JSON Lines, read by JsonRecordStream): an
// object with title, content (or body or text), author, source, url and date (or published,
// date_extracted).
class JsonArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonArticleReader)

public:
    // The record's bytes (UTF-8) to an article; false (no article) for a record without content.
    // A record that is not an object, not UTF-8, or that escapes a NUL (\u0000) or a lone surrogate
    // into its text is refused, with its number and line.
    static Result<bool> readRecord(const QByteArray& json, Article& article, int number, int line);
};

} // namespace hamish
