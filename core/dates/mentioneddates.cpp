#include "dates/mentioneddates.h"

#include "dates/dateattributes.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace hamish {

Result<QHash<qint64, QList<DaySpan>>> mentionedDates(Database& db)
{
    Result<Statement> rows = db.prepare(u"SELECT a.article_id, v.value FROM annotation a"
                                        " JOIN entity_type t ON t.id = a.entity_type_id AND t.code = ?1"
                                        " JOIN annotation_attribute v ON v.annotation_id = a.id AND v.name = ?2"_s);
    if (!rows)
        return failure(rows.error());
    rows->bind(1, QString::fromUtf16(dateattributes::DateTypeCode)).bind(2, QString::fromUtf16(dateattributes::Value));
    QHash<qint64, QList<DaySpan>> mentioned;
    for (;;) {
        Result<bool> row = rows->step();
        if (!row)
            return failure(row.error());
        if (!*row)
            break;
        if (const std::optional<DateValue> value = parseDateValue(rows->text(1)))
            mentioned[rows->int64(0)].append({value->first, value->last});
    }
    return mentioned;
}

} // namespace hamish
