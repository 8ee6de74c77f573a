#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace hamish {

class AnnotationService;
class Library;

// File ▸ Export Annotations and File ▸ Import Annotations: the dialogs, the work with a
// cancellable progress dialog, and a summary of what happened.
class FormatsController final : public QObject
{
    Q_OBJECT

public:
    FormatsController(Library& library, AnnotationService& annotations, QWidget* window);

    void exportAnnotations(qint64 currentArticle, const QList<qint64>& selected = {});
    void importAnnotations();
    // Imports the files; returns the number of annotations added. Problems go to the summary.
    int importFiles(const QString& format, const QStringList& paths, QStringList* problems = nullptr);

private:
    Library& m_library;
    AnnotationService& m_annotations;
    QWidget* m_window;
};

} // namespace hamish
