#include "versions/orphan.h"

#include "annotations/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hamish {

namespace {

QJsonObject relationJson(const Relation& r)
{
    return {{u"id"_s, r.id},
            {u"type"_s, r.typeId},
            {u"from"_s, r.fromId},
            {u"to"_s, r.toId},
            {u"note"_s, r.note},
            {u"extras"_s, r.extras},
            {u"author"_s, r.author},
            {u"created"_s, isoUtc(r.created)},
            {u"modified"_s, isoUtc(r.modified)}};
}

Relation relationFrom(const QJsonObject& o, qint64 articleId)
{
    Relation r;
    r.id = o.value(u"id"_s).toInteger();
    r.articleId = articleId;
    r.typeId = o.value(u"type"_s).toInteger();
    r.fromId = o.value(u"from"_s).toInteger();
    r.toId = o.value(u"to"_s).toInteger();
    r.note = o.value(u"note"_s).toString();
    r.extras = o.value(u"extras"_s).toString();
    r.author = o.value(u"author"_s).toString();
    r.created = fromIsoUtc(o.value(u"created"_s).toString());
    r.modified = fromIsoUtc(o.value(u"modified"_s).toString());
    return r;
}

} // namespace

QByteArray Orphan::toJson() const
{
    const Annotation& a = annotation;
    QJsonObject attributes;
    for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it)
        attributes.insert(it.key(), it.value());
    QJsonArray references;
    for (const Reference& ref : a.references)
        references.append(
            QJsonObject{{u"resource"_s, ref.resource}, {u"identifier"_s, ref.identifier}, {u"label"_s, ref.label}});
    QJsonArray relationArray;
    for (const Relation& r : relations)
        relationArray.append(relationJson(r));
    const QJsonObject o{{u"id"_s, a.id},
                        {u"article"_s, a.articleId},
                        {u"kind"_s, kindName(a.kind)},
                        {u"start"_s, a.start},
                        {u"end"_s, a.end},
                        {u"quote"_s, a.quote},
                        {u"type"_s, a.entityTypeId},
                        {u"entity"_s, a.entityId},
                        {u"extras"_s, a.extras},
                        {u"attributes"_s, attributes},
                        {u"references"_s, references},
                        {u"colour"_s, a.colour},
                        {u"note"_s, a.note},
                        {u"author"_s, a.author},
                        {u"created"_s, isoUtc(a.created)},
                        {u"modified"_s, isoUtc(a.modified)},
                        {u"relations"_s, relationArray}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Orphan> Orphan::fromJson(const QByteArray& json, int version)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    Orphan orphan;
    orphan.version = version;
    Annotation& a = orphan.annotation;
    a.id = o.value(u"id"_s).toInteger();
    a.articleId = o.value(u"article"_s).toInteger();
    if (!kindFromName(o.value(u"kind"_s).toString(), a.kind))
        return std::nullopt;
    a.start = o.value(u"start"_s).toInteger();
    a.end = o.value(u"end"_s).toInteger();
    a.quote = o.value(u"quote"_s).toString();
    a.entityTypeId = o.value(u"type"_s).toInteger();
    a.entityId = o.value(u"entity"_s).toInteger();
    a.extras = o.value(u"extras"_s).toString();
    const QJsonObject attributes = o.value(u"attributes"_s).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        a.attributes.insert(it.key(), it.value().toString());
    for (const QJsonValue& value : o.value(u"references"_s).toArray()) {
        const QJsonObject ref = value.toObject();
        a.references.append({ref.value(u"resource"_s).toString(), ref.value(u"identifier"_s).toString(),
                             ref.value(u"label"_s).toString()});
    }
    a.colour = o.value(u"colour"_s).toString();
    a.note = o.value(u"note"_s).toString();
    a.author = o.value(u"author"_s).toString();
    a.created = fromIsoUtc(o.value(u"created"_s).toString());
    a.modified = fromIsoUtc(o.value(u"modified"_s).toString());
    for (const QJsonValue& value : o.value(u"relations"_s).toArray())
        orphan.relations.append(relationFrom(value.toObject(), a.articleId));
    return orphan;
}

} // namespace hamish
