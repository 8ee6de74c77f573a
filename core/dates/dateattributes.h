#pragma once

#include "dates/datevalue.h"

#include <QMap>
#include <QString>

#include <optional>

namespace hamish {

struct Annotation;
class DateParser;

// A DATE entity's value lives in four attributes of the DATE type (schema 15): value (ISO 8601),
// calendar, precision and kind. Being attributes, they are shown and corrected in the Annotations
// panel, undone, synced and exported like any other (issue 19).
namespace dateattributes {

inline constexpr char16_t DateTypeCode[] = u"DATE";
inline constexpr char16_t Value[] = u"value";
inline constexpr char16_t Calendar[] = u"calendar";
inline constexpr char16_t Precision[] = u"precision";
inline constexpr char16_t Kind[] = u"kind";

QMap<QString, QString> of(const DateValue& value);
// The value the attributes hold; nothing when there is none or it does not read as one.
std::optional<DateValue> read(const QMap<QString, QString>& attributes);
// Gives a DATE entity without a value the one its text reads as with `parser` (made for the
// article's day, referenceDay()); false when it already had one or its text is no date expression.
bool fill(Annotation& annotation, const DateParser& parser);

} // namespace dateattributes

} // namespace hamish
