#pragma once

#include "services.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace hamish {

class AgreementView;
class AnnotationController;
class ComparisonView;
class CurationController;
class JobRunner;
class LibraryModel;
class LibraryView;

// The window's part in several annotators' work: Article ▸ Mark Done, View ▸ Layers, View ▸
// Agreement, the comparison of two layers with curation into the gold layer, and the library
// list's Curation column.
class AnnotatorsController final : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        const Services& services;
        QUndoStack& undoStack;
        JobRunner& jobs;
        AnnotationController& annotations;
        LibraryModel& model;
        LibraryView& libraryView;
        std::function<qint64()> currentArticle;
        QWidget* window;
    };
    explicit AnnotatorsController(const Parts& parts, QObject* parent = nullptr);

    // Agreement, Compare Annotators, Curation Progress and Layers, at the end of the View menu.
    void addViewActions(QMenu* view);
    // Article ▸ Mark Done: the open article done (or not) for the annotator, an undoable step.
    QAction* markDoneAction() const { return m_markDone; }
    void setArticleDone(bool done);
    void updateMarkDone();
    AgreementView* showAgreement();
    // Two annotators' layers side by side (empty names: the first two annotators but the curator).
    ComparisonView* showComparison(const QString& first = {}, const QString& second = {});

signals:
    void statusMessage(const QString& message, int timeout);
    void errorOccurred(const QString& message);

private:
    void fillLayersMenu(QMenu* layers);

    Services m_services;
    QUndoStack& m_undoStack;
    JobRunner& m_jobs;
    AnnotationController& m_annotations;
    LibraryModel& m_model;
    LibraryView& m_libraryView;
    std::function<qint64()> m_currentArticle;
    QWidget* m_window;
    QAction* m_markDone;
    CurationController* m_curation;
    AgreementView* m_agreement = nullptr;
    ComparisonView* m_comparison = nullptr;
};

} // namespace hamish
