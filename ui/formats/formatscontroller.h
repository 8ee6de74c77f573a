#pragma once

#include "formats/exportservice.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace hamish {

class AnnotationService;
class CollectionService;
class JobRunner;
class Library;
struct AnnotationImportBatch;

// File ▸ Export Annotations and File ▸ Import Annotations: the dialogs, the work on a worker
// thread (progress and Cancel in the status bar), and a summary of what happened.
class FormatsController final : public QObject
{
    Q_OBJECT

public:
    FormatsController(Library& library, AnnotationService& annotations, CollectionService& collections, JobRunner& jobs,
                      QWidget* window);

    void exportAnnotations(qint64 currentArticle, const QList<qint64>& selected = {});
    // Starts an export without the dialog; exportFinished() tells how it went.
    void startExport(ExportFormat format, const QList<qint64>& articles, const QString& destination,
                     const ExportOptions& options);
    void importAnnotations();
    // Starts importing the files; annotationsImported() tells how it went.
    // With `lenient`, a CoNLL file's malformed tags are read as O (and reported).
    void importFiles(const QString& format, const QStringList& paths, bool lenient = false);

signals:
    void exportFinished(bool succeeded, const QString& message);
    void annotationsImported(int added, const QStringList& problems);

private:
    Library& m_library;
    CollectionService& m_collections;
    AnnotationService& m_annotations;
    JobRunner& m_jobs;
    QWidget* m_window;
};

} // namespace hamish
