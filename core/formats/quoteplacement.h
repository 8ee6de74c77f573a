#pragma once

#include "formats/parsedannotations.h"

#include <QCoreApplication>

namespace hamish {

// Where a W3C annotation falls in an article's body (UTF-16 units), or why it cannot be told.
struct QuotePlacement
{
    Q_DECLARE_TR_FUNCTIONS(QuotePlacement)

public:
    qsizetype start = -1;
    qsizetype end = -1;
    QString problem; // when start < 0: what is really wrong, for the import report
};

// The position selector if the quote agrees with it (or there is no quote), else the occurrence of
// the quote whose prefix and suffix agree best; never a guess between equally good places.
QuotePlacement placeQuote(const QString& body, const AnchoredAnnotation& anchored);

} // namespace hamish
