#include "stats/annotationstatistics.h"

#include "dates/dateattributes.h"
#include "storage/database.h"

#include <QMap>

namespace hamish {

namespace {

// "?1 = 0 OR article_id = ?1": one statement for the article and for the library.
// One article (?1), or the library's articles in the scope (?3: a collection, or 0), never the Trash's.
QString inScope()
{
    return QStringLiteral("(?1 = a.article_id OR (?1 = 0 AND ")
           + articleScopeCondition(QStringLiteral("a.article_id"), 3) + QStringLiteral("))");
}

QDate bucketStart(QDate day, TimelineStep step)
{
    switch (step) {
    case TimelineStep::Day:
        return day;
    case TimelineStep::Week:
        return day.addDays(1 - day.dayOfWeek());
    case TimelineStep::Month:
        return QDate(day.year(), day.month(), 1);
    case TimelineStep::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate nextBucket(QDate start, TimelineStep step)
{
    switch (step) {
    case TimelineStep::Day:
        return start.addDays(1);
    case TimelineStep::Week:
        return start.addDays(7);
    case TimelineStep::Month:
        return start.addMonths(1);
    case TimelineStep::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

} // namespace

TimelineStep timelineStepFor(QDate first, QDate last)
{
    const qint64 days = first.daysTo(last);
    if (days > 3660)
        return TimelineStep::Year;
    if (days > 366)
        return TimelineStep::Month;
    if (days > 62)
        return TimelineStep::Week;
    return TimelineStep::Day;
}

QList<TimelineBucket> bucketTimeline(const QList<std::pair<QDate, qint64>>& perDay, TimelineStep step)
{
    QList<TimelineBucket> buckets;
    if (perDay.isEmpty())
        return buckets;
    QMap<QDate, qint64> counts;
    for (const auto& [day, count] : perDay)
        counts[bucketStart(day, step)] += count;
    const QDate last = counts.lastKey();
    for (QDate start = counts.firstKey(); start <= last; start = nextBucket(start, step))
        buckets.append({start, counts.value(start)});
    return buckets;
}

Result<AnnotationStatistics> StatisticsQuery::compute(qint64 articleId, bool arabicNames, int topCount,
                                                      const ArticleScope& libraryScope)
{
    AnnotationStatistics stats;
    const QString scope = inScope();
    const qint64 collection = libraryScope.collectionId;

    Result<Statement> typeCounts =
        m_db.prepare(QStringLiteral("SELECT t.id, t.name_ar, t.name_en, t.colour,"
                                    " (SELECT count(*) FROM annotation a WHERE a.entity_type_id = t.id AND ")
                     + scope + QStringLiteral(") FROM entity_type t ORDER BY t.position"));
    if (typeCounts)
        typeCounts->bind(1, articleId).bind(3, collection);
    Result<QList<CountedItem>> types =
        collectRows<CountedItem>(std::move(typeCounts), [arabicNames](const Statement& row) {
            return CountedItem{row.text(arabicNames ? 1 : 2), row.int64(4), row.text(3), row.int64(0)};
        });
    if (!types)
        return failure(types.error());
    stats.entityTypes = *types;

    Result<Statement> top =
        m_db.prepare(QStringLiteral("SELECT e.id, e.name, t.colour, count(*) AS n FROM annotation a"
                                    " JOIN entity e ON e.id = a.entity_id JOIN entity_type t ON t.id = e.entity_type_id"
                                    " WHERE ")
                     + scope + QStringLiteral(" GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?2"));
    if (top)
        top->bind(1, articleId).bind(2, qint64(topCount)).bind(3, collection);
    Result<QList<CountedItem>> entities = collectRows<CountedItem>(std::move(top), [](const Statement& row) {
        return CountedItem{row.text(1), row.int64(3), row.text(2), row.int64(0)};
    });
    if (!entities)
        return failure(entities.error());
    stats.topEntities = *entities;

    Result<Statement> perArticle = m_db.prepare(
        QStringLiteral(
            "SELECT r.id, r.title, r.n FROM ("
            "  SELECT ar.id, ar.title, count(*) AS n FROM annotation a JOIN article ar ON ar.id = a.article_id"
            "  WHERE ")
        + articleScopeCondition(QStringLiteral("ar.id"), 3)
        + QStringLiteral("  GROUP BY ar.id ORDER BY n DESC, ar.id LIMIT ?2) r"
                         " UNION SELECT ar.id, ar.title, (SELECT count(*) FROM annotation a WHERE a.article_id = ar.id)"
                         " FROM article ar WHERE ar.id = ?1"
                         " ORDER BY 3 DESC, 1"));
    if (perArticle)
        perArticle->bind(1, articleId).bind(2, qint64(topCount)).bind(3, collection);
    Result<QList<CountedItem>> articles = collectRows<CountedItem>(std::move(perArticle), [](const Statement& row) {
        return CountedItem{row.text(1), row.int64(2), {}, row.int64(0)};
    });
    if (!articles)
        return failure(articles.error());
    stats.perArticle = *articles;

    // The scope's "a" is the article_label row here: articles with each label.
    Result<Statement> labelCounts = m_db.prepare(
        QStringLiteral("SELECT l.id, s.name_ar, l.name_ar, s.name_en, l.name_en,"
                       " (SELECT count(DISTINCT a.article_id) FROM article_label a WHERE a.label_id = l.id AND ")
        + scope
        + QStringLiteral(") FROM label l JOIN label_set s ON s.id = l.label_set_id ORDER BY s.position, l.position"));
    if (labelCounts)
        labelCounts->bind(1, articleId).bind(3, collection);
    Result<QList<CountedItem>> labels =
        collectRows<CountedItem>(std::move(labelCounts), [arabicNames](const Statement& row) {
            const QString name = arabicNames ? QStringLiteral("%1: %2").arg(row.text(1), row.text(2))
                                             : QStringLiteral("%1: %2").arg(row.text(3), row.text(4));
            return CountedItem{name, row.int64(5), {}, row.int64(0)};
        });
    if (!labels)
        return failure(labels.error());
    stats.documentLabels = *labels;

    Result<Statement> relationCounts =
        m_db.prepare(QStringLiteral("SELECT t.id, t.name_ar, t.name_en, t.colour,"
                                    " (SELECT count(*) FROM relation a WHERE a.relation_type_id = t.id AND ")
                     + scope + QStringLiteral(") FROM relation_type t ORDER BY t.position"));
    if (relationCounts)
        relationCounts->bind(1, articleId).bind(3, collection);
    Result<QList<CountedItem>> relations =
        collectRows<CountedItem>(std::move(relationCounts), [arabicNames](const Statement& row) {
            return CountedItem{row.text(arabicNames ? 1 : 2), row.int64(4), row.text(3), row.int64(0)};
        });
    if (!relations)
        return failure(relations.error());
    stats.relationTypes = *relations;

    Result<Statement> days =
        m_db.prepare(QStringLiteral("SELECT substr(a.created, 1, 10) AS day, count(*) FROM annotation a"
                                    " WHERE ")
                     + scope + QStringLiteral(" GROUP BY day ORDER BY day"));
    if (days)
        days->bind(1, articleId).bind(3, collection);
    Result<QList<std::pair<QDate, qint64>>> perDay =
        collectRows<std::pair<QDate, qint64>>(std::move(days), [](const Statement& row) {
            return std::pair<QDate, qint64>(QDate::fromString(row.text(0), Qt::ISODate), row.int64(1));
        });
    if (!perDay)
        return failure(perDay.error());
    QList<std::pair<QDate, qint64>> valid;
    for (const auto& day : *perDay) {
        if (day.first.isValid())
            valid.append(day);
        stats.total += day.second;
    }
    if (!valid.isEmpty()) {
        stats.timelineStep = timelineStepFor(valid.first().first, valid.last().first);
        stats.timeline = bucketTimeline(valid, stats.timelineStep);
    }

    // The dates DATE entities mention, each on its first day.
    Result<Statement> mentions =
        m_db.prepare(QStringLiteral("SELECT v.value FROM annotation a"
                                    " JOIN entity_type t ON t.id = a.entity_type_id AND t.code = ?4"
                                    " JOIN annotation_attribute v ON v.annotation_id = a.id AND v.name = ?5 WHERE ")
                     + scope);
    if (mentions)
        mentions->bind(1, articleId)
            .bind(3, collection)
            .bind(4, QString::fromUtf16(dateattributes::DateTypeCode))
            .bind(5, QString::fromUtf16(dateattributes::Value));
    Result<QList<QString>> values =
        collectRows<QString>(std::move(mentions), [](const Statement& row) { return row.text(0); });
    if (!values)
        return failure(values.error());
    QMap<QDate, qint64> mentionsPerDay;
    for (const QString& value : *values)
        if (const std::optional<DateValue> date = parseDateValue(value))
            ++mentionsPerDay[date->first];
    if (!mentionsPerDay.isEmpty()) {
        QList<std::pair<QDate, qint64>> perMentionedDay;
        for (auto it = mentionsPerDay.cbegin(); it != mentionsPerDay.cend(); ++it)
            perMentionedDay.append({it.key(), it.value()});
        stats.mentionedStep = timelineStepFor(perMentionedDay.first().first, perMentionedDay.last().first);
        stats.mentionedDates = bucketTimeline(perMentionedDay, stats.mentionedStep);
    }
    return stats;
}

} // namespace hamish
