#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hamish {

class SchemaService;

// Annotate ▸ Import Schema… and Export Schema…: the JSON `hamish schema` prints and applies, so
// a team sets a project up in one step. Import adds and updates only and lists what changed; a
// file that does not parse changes nothing.
struct SchemaFiles
{
    Q_DECLARE_TR_FUNCTIONS(SchemaFiles)

public:
    // Applies the file; the message says what changed or what is wrong with it.
    static bool importFrom(SchemaService& schema, const QString& path, QString& message);
    static bool exportTo(SchemaService& schema, const QString& path, QString& message);
    static void chooseAndImport(SchemaService& schema, QWidget* parent);
    static void chooseAndExport(SchemaService& schema, QWidget* parent);
};

} // namespace hamish
