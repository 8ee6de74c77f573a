#include "annotate/schemafiles.h"

#include "annotations/schemaservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageBox>
#include <QSaveFile>

namespace hamish {

namespace {

QString filter()
{
    return SchemaFiles::tr("Annotation schema (*.json)");
}

} // namespace

bool SchemaFiles::importFrom(SchemaService& schema, const QString& path, QString& message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        message = tr("%1 is not a schema file: %2 (at byte %3).")
                      .arg(path, document.isObject() || error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : tr("it holds no JSON object"))
                      .arg(error.offset);
        return false;
    }
    const Result<AnnotationSchema> incoming = SchemaService::fromJson(document.object());
    if (!incoming) {
        message = incoming.error();
        return false;
    }
    QStringList changes;
    if (Status applied = schema.apply(*incoming, &changes); !applied) {
        message = applied.error();
        return false;
    }
    message =
        changes.isEmpty() ? tr("The library's schema already holds everything in this file.") : changes.join(u'\n');
    return true;
}

bool SchemaFiles::exportTo(SchemaService& schema, const QString& path, QString& message)
{
    const Result<AnnotationSchema> current = schema.schema();
    if (!current) {
        message = current.error();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(SchemaService::toJson(*current)).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        message = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    message = tr("Schema written to %1.").arg(path);
    return true;
}

void SchemaFiles::chooseAndImport(SchemaService& schema, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Schema"), {}, filter());
    if (path.isEmpty())
        return;
    QString message;
    if (importFrom(schema, path, message))
        QMessageBox::information(parent, tr("Import Schema"), message);
    else
        QMessageBox::warning(parent, tr("Import Schema"), message);
}

void SchemaFiles::chooseAndExport(SchemaService& schema, QWidget* parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Schema"), tr("schema.json"), filter());
    if (path.isEmpty())
        return;
    QString message;
    if (!exportTo(schema, path, message))
        QMessageBox::warning(parent, tr("Export Schema"), message);
}

} // namespace hamish
