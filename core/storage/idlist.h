#pragma once

#include <QList>
#include <QString>

namespace hamish {

class Statement;

// A few articles at a time in one statement: "IN (?1, …, ?N)" with a fixed N, so that every
// chunk of a long list reuses the same compiled statement. A shorter chunk is padded with 0,
// which no row's id is.
namespace idlist {

inline constexpr int Size = 64;

// "?first, ?first+1, …" Size times.
QString placeholders(int first = 1);
// Binds ids (at most Size of them) from parameter first on, and pads the rest with 0.
void bind(Statement& statement, const QList<qint64>& ids, int first = 1);

} // namespace idlist

} // namespace hamish
