#pragma once

#include "result.h"
#include "storage/article.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hamish {

class Database;

// One bar of a chart: what is counted, how many, and the colour it is drawn in ("#rrggbb",
// empty for the chart's own colour).
struct CountedItem
{
    QString label;
    qint64 count = 0;
    QString colour;
    qint64 id = 0; // the article, entity or entity type counted
};

// Annotations created in one period (a day, a week or a month, from `start`).
struct TimelineBucket
{
    QDate start;
    qint64 count = 0;
};

enum class TimelineStep { Day, Week, Month, Year };

struct AnnotationStatistics
{
    QList<CountedItem> entityTypes;    // every type, in the user's order, zeros included
    QList<CountedItem> topEntities;    // most tagged registry entities, most first
    QList<CountedItem> perArticle;     // most annotated articles, most first
    QList<CountedItem> documentLabels; // articles with each label ("Set: Label"), in schema order
    QList<CountedItem> relationTypes;  // relations of each type, in the user's order
    QList<TimelineBucket> timeline;    // oldest first, without gaps
    TimelineStep timelineStep = TimelineStep::Day;
    // The dates the DATE entities mention (each counted on its first day), oldest first.
    QList<TimelineBucket> mentionedDates;
    TimelineStep mentionedStep = TimelineStep::Day;
    qint64 total = 0;
};

// Counts for the statistics view, read straight from the library with SQL. With an
// article id, everything but perArticle is about that article; perArticle always ranks the
// library (or the scope's collection) so that one article can be seen among the others. The
// Trash is never counted.
class StatisticsQuery
{
public:
    explicit StatisticsQuery(Database& db)
        : m_db(db)
    {
    }

    // `arabicNames` picks each entity type's Arabic name rather than its English one.
    Result<AnnotationStatistics> compute(qint64 articleId, bool arabicNames, int topCount = 10,
                                         const ArticleScope& libraryScope = {});

private:
    Database& m_db;
};

// Days are grouped into weeks past two months, into months past a year, into years past ten.
TimelineStep timelineStepFor(QDate first, QDate last);
QList<TimelineBucket> bucketTimeline(const QList<std::pair<QDate, qint64>>& perDay, TimelineStep step);

} // namespace hamish
