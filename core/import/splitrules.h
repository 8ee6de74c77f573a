#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace hamish {

// The marker lists of the article splitter. They are data: the built-in set is
// resources/rules/splitter.json, compiled into the core library.
struct SplitRules
{
    Q_DECLARE_TR_FUNCTIONS(SplitRules)

public:
    QStringList sourcePrefixes;  // "المصدر: الجزيرة" gives the source and ends an article
    QStringList boundaryMarkers; // "إقرأ أيضاً:" is dropped and starts a new article
    QStringList droppedLines;    // "رابط مختصر" is dropped
    QStringList relatedHeaders;  // "مقالات مشابهة" starts a bulleted list of related titles
    QStringList bulletPrefixes;
    QStringList authorPrefixes; // "بقلم: ..." names the author
    QRegularExpression separator;
    QRegularExpression counter; // trailing view or share counters after a related title
    int maxTitleWords = 16;
    int maxAuthorWords = 4;
    int derivedTitleWords = 10;

    static Result<SplitRules> fromJson(const QByteArray& json);
    static const SplitRules& builtIn();
};

// The form in which lines and markers are compared: folded, single-spaced, trimmed,
// without a trailing colon.
QString markerKey(QStringView line);

} // namespace hamish
