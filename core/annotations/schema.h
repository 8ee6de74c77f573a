#pragma once

#include "annotations/annotation.h"
#include "annotations/relation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hamish {

// An attribute an entity type declares: a yes/no flag, one of a list of values, or free text.
struct AttributeDefinition
{
    enum class Kind { Boolean, Choice, Text };
    qint64 id = 0;
    qint64 entityTypeId = 0;
    QString name; // negated, speculative, role, …
    Kind kind = Kind::Boolean;
    QStringList choices; // for Choice
    int position = 0;

    // Whether `value` is one this attribute takes ("true" or "false" for a flag).
    bool accepts(const QString& value) const;
};

QString attributeKindName(AttributeDefinition::Kind kind); // "boolean", "choice", "text"
bool attributeKindFromName(const QString& name, AttributeDefinition::Kind& kind);

struct Label
{
    qint64 id = 0;
    qint64 setId = 0;
    QString code; // economy, …
    QString nameAr;
    QString nameEn;
    int position = 0;
};

// A set of document labels (topic, genre, stance, dialect): one label of it per article, or
// several when it is a multiple-choice set.
struct LabelSet
{
    qint64 id = 0;
    QString code;
    QString nameAr;
    QString nameEn;
    bool multiple = false;
    int position = 0;
    QList<Label> labels;

    const Label* label(const QString& codeOrName) const;
};

// A label set on an article.
struct ArticleLabel
{
    qint64 articleId = 0;
    qint64 labelId = 0;
    QString author;
    QDateTime created;
};

// The library's annotation schema in one piece, as `hamish schema` prints and applies it.
struct AnnotationSchema
{
    QList<EntityType> entityTypes;
    QList<RelationType> relationTypes;
    QList<AttributeDefinition> attributes;
    QList<LabelSet> labelSets;

    const EntityType* entityType(const QString& code) const;
    const EntityType* entityType(qint64 id) const;
    const RelationType* relationType(const QString& codeOrName) const;
    const RelationType* relationType(qint64 id) const;
    const LabelSet* labelSet(const QString& codeOrName) const;
    QList<AttributeDefinition> attributesOf(qint64 entityTypeId) const;
    const AttributeDefinition* attribute(qint64 entityTypeId, const QString& name) const;
    // The entity type code of the annotation with this id among these, or empty.
    QString typeCodeOf(const QList<Annotation>& annotations, qint64 annotationId) const;
};

} // namespace hamish
