#pragma once

#include <QDateTime>
#include <QString>

namespace hamish {

// Timestamps as the library stores them and the exchange formats write them: ISO 8601 in UTC,
// "2026-11-29T20:06:00.123Z" (or without the milliseconds). The same text as Qt::ISODate and
// Qt::ISODateWithMs give for a UTC time, made without QString::asprintf: an export writes two
// per annotation.
enum class Milliseconds { Include, Omit };
QString isoUtc(const QDateTime& time, Milliseconds ms = Milliseconds::Include);

// Reads what isoUtc() writes directly, and any other ISO 8601 form through Qt.
QDateTime fromIsoUtc(const QString& text);

} // namespace hamish
