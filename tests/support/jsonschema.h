#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace hamish::test {

// The part of JSON Schema draft-04 that the W3C Web Annotation test suite uses: $ref across
// files, type, properties, patternProperties, required, items, min/maxItems, enum, not, oneOf,
// anyOf, allOf, pattern, minimum and the date-time and uri formats. Test code only.
class JsonSchemaValidator
{
public:
    // Loads every .json schema below the folder, by file name.
    void addFolder(const QString& folder);
    bool validate(const QJsonValue& instance, const QString& schemaFile, QString* why = nullptr) const;

private:
    bool check(const QJsonValue& instance, const QJsonObject& schema, const QString& file, QString* why,
               int depth) const;
    QJsonObject resolve(const QString& ref, const QString& file, QString& resolvedFile) const;

    QHash<QString, QJsonObject> m_schemas; // by file name
};

} // namespace hamish::test
