#include "annotations/schema.h"

namespace hamish {

bool RelationType::allows(const QString& fromType, const QString& toType) const
{
    const auto fits = [](const QStringList& allowed, const QString& type) {
        return allowed.isEmpty() || allowed.contains(type);
    };
    if (fits(sourceTypes, fromType) && fits(targetTypes, toType))
        return true;
    // A symmetric relation holds both ways.
    return !directed && fits(sourceTypes, toType) && fits(targetTypes, fromType);
}

bool AttributeDefinition::accepts(const QString& value) const
{
    switch (kind) {
    case Kind::Boolean:
        return value == u"true" || value == u"false";
    case Kind::Choice:
        return choices.contains(value);
    case Kind::Text:
        return !value.trimmed().isEmpty();
    }
    return false;
}

QString attributeKindName(AttributeDefinition::Kind kind)
{
    switch (kind) {
    case AttributeDefinition::Kind::Boolean:
        return QStringLiteral("boolean");
    case AttributeDefinition::Kind::Choice:
        return QStringLiteral("choice");
    case AttributeDefinition::Kind::Text:
        return QStringLiteral("text");
    }
    return {};
}

bool attributeKindFromName(const QString& name, AttributeDefinition::Kind& kind)
{
    for (const auto candidate :
         {AttributeDefinition::Kind::Boolean, AttributeDefinition::Kind::Choice, AttributeDefinition::Kind::Text}) {
        if (attributeKindName(candidate) == name) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

const Label* LabelSet::label(const QString& codeOrName) const
{
    for (const Label& l : labels) {
        if (l.code.compare(codeOrName, Qt::CaseInsensitive) == 0 || l.nameAr == codeOrName
            || l.nameEn.compare(codeOrName, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

const EntityType* AnnotationSchema::entityType(const QString& code) const
{
    for (const EntityType& t : entityTypes) {
        if (t.code.compare(code, Qt::CaseInsensitive) == 0 || t.nameAr == code
            || t.nameEn.compare(code, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const EntityType* AnnotationSchema::entityType(qint64 id) const
{
    for (const EntityType& t : entityTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const RelationType* AnnotationSchema::relationType(const QString& codeOrName) const
{
    for (const RelationType& t : relationTypes) {
        if (t.code.compare(codeOrName, Qt::CaseInsensitive) == 0 || t.nameAr == codeOrName
            || t.nameEn.compare(codeOrName, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const RelationType* AnnotationSchema::relationType(qint64 id) const
{
    for (const RelationType& t : relationTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const LabelSet* AnnotationSchema::labelSet(const QString& codeOrName) const
{
    for (const LabelSet& set : labelSets) {
        if (set.code.compare(codeOrName, Qt::CaseInsensitive) == 0 || set.nameAr == codeOrName
            || set.nameEn.compare(codeOrName, Qt::CaseInsensitive) == 0)
            return &set;
    }
    return nullptr;
}

QList<AttributeDefinition> AnnotationSchema::attributesOf(qint64 entityTypeId) const
{
    QList<AttributeDefinition> result;
    for (const AttributeDefinition& a : attributes) {
        if (a.entityTypeId == entityTypeId)
            result.append(a);
    }
    return result;
}

const AttributeDefinition* AnnotationSchema::attribute(qint64 entityTypeId, const QString& name) const
{
    for (const AttributeDefinition& a : attributes) {
        if (a.entityTypeId == entityTypeId && a.name == name)
            return &a;
    }
    return nullptr;
}

QString AnnotationSchema::typeCodeOf(const QList<Annotation>& annotations, qint64 annotationId) const
{
    for (const Annotation& a : annotations) {
        if (a.id == annotationId) {
            const EntityType* type = entityType(a.entityTypeId);
            return type ? type->code : QString();
        }
    }
    return {};
}

} // namespace hamish
