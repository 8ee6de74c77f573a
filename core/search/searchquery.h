#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace hamish {

// Turns what a user types into a safe FTS5 expression. Words are ANDed; "quoted words"
// are a phrase; a trailing * makes a prefix; OR between words (or أو) means either;
// a leading - excludes a word. Anything else is quoted, so no input reaches FTS5 as syntax.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    static Result<QString> toFts(const QString& userQuery);
};

} // namespace hamish
