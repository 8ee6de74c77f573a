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

enum class AnnotationFormat { Brat, Conll, W3c, Jsonl };
bool annotationFormatFromName(const QString& name, AnnotationFormat& format); // brat, conll, w3c, jsonl

// How to read and place a file.
struct AnnotationImportOptions
{
    TypeMapping mapping;  // renames entity and relation types on the way in
    bool lenient = false; // CoNLL: a malformed tag is read as O and reported instead of refusing the file
    // Whose layer the file becomes: this annotator's, whatever names the file holds; empty: the
    // file's own names (W3C creator, JSON Lines author), else the importing annotator's.
    QString annotator;
};

struct AnnotationImportReport
{
    QString path;
    int articlesCreated = 0;
    int articlesMatched = 0; // the text was already in the library
    int annotationsAdded = 0;
    int duplicates = 0; // identical annotations, relations, events or labels already there, not added again
    int relationsAdded = 0;
    int eventsAdded = 0;
    int labelsSet = 0;
    QStringList typesCreated; // entity types
    QStringList relationTypesCreated;
    QStringList attributesCreated;  // TYPE.name
    QStringList labelsCreated;      // SET and SET=LABEL
    QStringList schemaChanges;      // what the file's schema (brat annotation.conf) added or updated
    QMap<QString, int> unsupported; // read but not modelled, counted by what it is
    QStringList unplaced;           // W3C annotations whose place could not be told: reported, never guessed
    QStringList problems;           // read but not taken (a relation its type forbids, a lenient tag), one line each
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
    AnnotationImportReport importFile(AnnotationFormat format, const QString& path,
                                      const AnnotationImportOptions& options = {});
    AnnotationImportBatch importFiles(AnnotationFormat format, const QStringList& paths,
                                      const AnnotationImportOptions& options, const JobControl& control);

private:
    AnnotationImportReport importOne(AnnotationFormat format, const QString& path,
                                     const AnnotationImportOptions& options, QList<qint64>& touched,
                                     QList<qint64>& created);

    Library& m_library;
    AnnotationService& m_annotations;
};

} // namespace hamish
