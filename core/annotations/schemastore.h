#pragma once

#include "annotations/schema.h"
#include "result.h"

namespace hamish {

class Database;

// SQL for the annotation schema beyond entity types (which AnnotationStore keeps): relation
// types, the attributes entity types declare, and label sets with their labels. Writes are
// expected inside the caller's transaction; SchemaService is the one writer.
class SchemaStore
{
public:
    explicit SchemaStore(Database& db)
        : m_db(db)
    {
    }

    Result<AnnotationSchema> load();

    Result<QList<RelationType>> relationTypes();
    Result<qint64> insertRelationType(const RelationType& type);
    Status updateRelationType(const RelationType& type);
    Status removeRelationType(qint64 id);

    Result<QList<AttributeDefinition>> attributeDefinitions();
    Result<qint64> insertAttribute(const AttributeDefinition& attribute);
    Status updateAttribute(const AttributeDefinition& attribute);
    Status removeAttribute(qint64 id);

    Result<QList<LabelSet>> labelSets();
    Result<qint64> insertLabelSet(const LabelSet& set);
    Status updateLabelSet(const LabelSet& set);
    Status removeLabelSet(qint64 id);
    Result<qint64> insertLabel(const Label& label);
    Status updateLabel(const Label& label);
    Status removeLabel(qint64 id);

    // How often something uses a type, an attribute or a label, for "never delete what is in use".
    Result<qint64> relationTypeUses(qint64 id);
    Result<qint64> labelUses(qint64 id);

private:
    Database& m_db;
};

} // namespace hamish
