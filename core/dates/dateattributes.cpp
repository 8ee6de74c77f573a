#include "dates/dateattributes.h"

#include "annotations/annotation.h"
#include "dates/dateparser.h"

namespace hamish::dateattributes {

QMap<QString, QString> of(const DateValue& value)
{
    return {{QString::fromUtf16(Value), value.value()},
            {QString::fromUtf16(Calendar), calendarName(value.calendar)},
            {QString::fromUtf16(Precision), precisionName(value.precision)},
            {QString::fromUtf16(Kind), value.kindName()}};
}

std::optional<DateValue> read(const QMap<QString, QString>& attributes)
{
    std::optional<DateValue> value = parseDateValue(attributes.value(QString::fromUtf16(Value)));
    if (!value)
        return std::nullopt;
    value->calendar =
        calendarFromName(attributes.value(QString::fromUtf16(Calendar))).value_or(DateCalendar::Gregorian);
    value->relative = attributes.value(QString::fromUtf16(Kind)) == u"relative";
    return value;
}

bool fill(Annotation& annotation, const DateParser& parser)
{
    if (annotation.attributes.contains(QString::fromUtf16(Value)))
        return false;
    const std::optional<DateValue> value = parser.parse(annotation.quote);
    if (!value)
        return false;
    annotation.attributes.insert(of(*value));
    return true;
}

} // namespace hamish::dateattributes
