#pragma once

#include "text/words.h"

#include <QList>
#include <QString>

namespace hamish {

// Find-in-article with the library search's matching: a query word matches a word of the
// text that folds to it or whose proclitic stem it is (السعودية finds بالسعودية); a query of
// several words matches them in sequence; a trailing * matches by prefix.
// Returns spans of whole words in UTF-16 units of the text.
QList<WordSpan> findMatches(QStringView text, const QString& query);

} // namespace hamish
