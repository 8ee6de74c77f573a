#pragma once

#include "formats/typemapping.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace hamish {

class AnnotationService;
struct JobControl;
class Library;
struct ParsedAnnotations;

enum class AnnotationFormat { Brat, Conll, W3c, Jsonl };
bool annotationFormatFromName(const QString& name, AnnotationFormat& format); // brat, conll, w3c, jsonl

struct AnnotationImportReport
{
    QString path;
    int articlesCreated = 0;
    int articlesMatched = 0; // the text was already in the library
    int annotationsAdded = 0;
    int duplicates = 0; // identical annotations already there, not added again
    QStringList typesCreated;
    QMap<QString, int> unsupported; // read but not modelled (brat R/E/A/M/N/* lines, ...)
    QStringList unplaced;           // W3C annotations whose quote could not be found: reported, never guessed
    QString error;                  // the file failed and changed nothing

    bool succeeded() const { return error.isEmpty(); }
};

struct AnnotationImportBatch
{
    QList<AnnotationImportReport> files;
    bool cancelled = false; // then nothing of the batch was written

    int annotationsAdded() const
    {
        int added = 0;
        for (const AnnotationImportReport& file : files)
            added += file.annotationsAdded;
        return cancelled ? 0 : added;
    }
};

// Imports annotation files, for the CLI and the window alike. A batch is one transaction with a
// savepoint per file: a bad file changes nothing while the others import, and cancelling leaves
// the library as it was. Each file is read whole, then written. Unknown entity types are created,
// or renamed first through the mapping; registry entities are found by the registry's rule.
class AnnotationImportService
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImportService)

public:
    AnnotationImportService(Library& library, AnnotationService& annotations)
        : m_library(library)
        , m_annotations(annotations)
    {
    }

    // Files and folders to the files of the format (brat: the .ann files).
    static QStringList expandPaths(AnnotationFormat format, const QStringList& paths);
    AnnotationImportReport importFile(AnnotationFormat format, const QString& path, const TypeMapping& mapping = {});
    AnnotationImportBatch importFiles(AnnotationFormat format, const QStringList& paths, const TypeMapping& mapping,
                                      const JobControl& control);

private:
    AnnotationImportReport importOne(AnnotationFormat format, const QString& path, const TypeMapping& mapping,
                                     QList<qint64>& touched, QList<qint64>& created);
    Status apply(const ParsedAnnotations& parsed, const TypeMapping& mapping, AnnotationImportReport& report,
                 QList<qint64>& touched, QList<qint64>& created);

    Library& m_library;
    AnnotationService& m_annotations;
};

} // namespace hamish
