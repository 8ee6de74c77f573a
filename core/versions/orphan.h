#pragma once

#include "annotations/annotation.h"
#include "annotations/relation.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace hamish {

// An annotation re-anchoring found no place for in a new version: kept whole, with the relations
// that went with it, on the version it came from (its offsets are of that version's body).
struct Orphan
{
    Annotation annotation;
    QList<Relation> relations;
    int version = 0;

    QByteArray toJson() const;
    static std::optional<Orphan> fromJson(const QByteArray& json, int version);
};

} // namespace hamish
