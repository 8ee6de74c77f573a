#pragma once

#include "annotations/schema.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace hamish {

class Database;
class Library;
class SchemaStore;

// The library's annotation schema beyond entity types (which AnnotationService edits): relation
// types, the attributes entity types declare, and label sets. Each change is checked, committed
// in one transaction and announced. A schema file (the JSON `hamish schema` prints) is applied by
// adding and updating, never by deleting what is in use, so a team can set a project up in one step.
class SchemaService final : public QObject
{
    Q_OBJECT

public:
    explicit SchemaService(Library& library, QObject* parent = nullptr);

    Result<AnnotationSchema> schema();

    Result<RelationType> addRelationType(RelationType type);
    Status updateRelationType(const RelationType& type);
    // Refused while relations use it.
    Status removeRelationType(qint64 id);
    Status moveRelationType(qint64 id, int position);

    Result<AttributeDefinition> addAttribute(AttributeDefinition attribute);
    Status updateAttribute(const AttributeDefinition& attribute);
    Status removeAttribute(qint64 id);

    Result<LabelSet> addLabelSet(LabelSet set);
    Status updateLabelSet(const LabelSet& set);
    Result<Label> addLabel(Label label);
    Status removeLabelSet(qint64 id);
    Status removeLabel(qint64 id);

    // Adds what the library lacks and updates what it has (by code and name); what the file
    // leaves out stays. `changes` gets one line per thing added or updated.
    Status apply(const AnnotationSchema& incoming, QStringList* changes = nullptr);
    // The same inside the caller's transaction, against the schema the library has (importers).
    static Status applyWithin(Database& db, const AnnotationSchema& current, const AnnotationSchema& incoming,
                              QStringList* changes = nullptr);

    static QJsonObject toJson(const AnnotationSchema& schema);
    // The schema a JSON object describes; ids are left 0 and entity types named by code.
    static Result<AnnotationSchema> fromJson(const QJsonObject& json);

    // A valid code for a type, an attribute or a label: a letter or _, then letters, digits, - or _.
    static bool isValidCode(const QString& code);

signals:
    void schemaChanged();

private:
    Status write(const std::function<Status(SchemaStore&)>& change);
    Status checkRelationType(const RelationType& type, const AnnotationSchema& schema);

    Library& m_library;
};

} // namespace hamish
