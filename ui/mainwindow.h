#pragma once

#include "services.h"
#include "sessionstate.h"
#include "text/spansnap.h"

#include <QMainWindow>

class QUndoStack;

namespace hamish {

class AnnotationController;
class AnnotationPanel;
class AnnotationService;
class CollectionService;
class EntityPanel;
class FormatsController;
class ImportController;
class ImportService;
class JobRunner;
class JobStatus;
class LabelBar;
class AgreementView;
class AnnotatorsController;
class ComparisonView;
class LabelSuggester;
class RecommenderController;
class NetworkView;
class Library;
class LibraryController;
class LibraryModel;
class LibraryView;
class WriteErrorNotice;
class StatisticsView;
class ReaderPane;
class RelationController;
class RelationPanel;
class RelationService;
class SearchPanel;
class SchemaService;
class SearchService;
class TeamController;
class VersionsController;

// Assembles the window: the library list and search as docks, the reader in the
// middle, menus and drag and drop. The features live in their own widgets.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openArticle(qint64 id);
    // How to annotate, in one sentence: shown where there is nothing yet.
    static QString annotatingHint();
    void openArticleAt(qint64 id, TextSpan span);
    StatisticsView* showStatistics();
    NetworkView* showNetwork();
    AgreementView* showAgreement();
    // Two annotators' layers side by side for curation (empty names: the first two annotators).
    ComparisonView* showComparison(const QString& first = {}, const QString& second = {});
    void showPreferences();
    // Article ▸ Mark Done: the open article done (or not) for the annotator, an undoable step.
    void setArticleDone(bool done);
    QAction* markDoneAction() const;

    LibraryView* libraryView() const { return m_libraryView; }
    ReaderPane* readerPane() const { return m_reader; }
    SearchPanel* searchPanel() const { return m_search; }
    ImportController* importController() const { return m_importController; }
    FormatsController* formatsController() const { return m_formats; }
    JobRunner* jobs() const { return m_jobs; }
    LibraryController* libraryController() const { return m_libraryController; }
    TeamController* teamController() const { return m_team; }
    AnnotationController* annotationController() const { return m_annotationController; }
    RelationController* relationController() const { return m_relationController; }
    AnnotationPanel* annotationPanel() const { return m_annotationPanel; }
    RelationPanel* relationPanel() const { return m_relationPanel; }
    VersionsController* versions() const { return m_versions; }
    EntityPanel* entityPanel() const { return m_entityPanel; }
    LabelBar* labelBar() const { return m_labelBar; }
    RecommenderController* recommender() const { return m_recommender; }
    LabelSuggester* labelSuggester() const { return m_labelSuggester; }
    QUndoStack* undoStack() const { return m_undoStack; }
    WriteErrorNotice* writeErrorNotice() const { return m_writeError; }

signals:
    // The user chose another UI language: the application rebuilds the window in it.
    void languageChangeRequested(const QLocale& locale);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void showAbout();
    void showReaderMenu(const QPoint& pos);
    void restoreSession();
    // The open article went to the Trash: the reader says so, and the list moves on.
    void closeTrashedArticle(const QList<qint64>& ids);
    // The rest of the library list, and the last article, once the window has shown.
    void afterFirstPaint();
    void saveSession() const;
    // The document labels' names in the library list and its filter, in the UI's language.
    void showLabelNames();

    Library& m_library;
    AnnotationService& m_annotations;
    JobRunner* m_jobs;
    LibraryModel* m_model;
    LibraryView* m_libraryView;
    ReaderPane* m_reader;
    SearchPanel* m_search;
    ImportController* m_importController;
    FormatsController* m_formats;
    QUndoStack* m_undoStack;
    AnnotationController* m_annotationController;
    RelationController* m_relationController;
    RelationService& m_relations;
    LibraryController* m_libraryController;
    AnnotationPanel* m_annotationPanel;
    RelationPanel* m_relationPanel;
    EntityPanel* m_entityPanel;
    LabelBar* m_labelBar;
    RecommenderController* m_recommender;
    LabelSuggester* m_labelSuggester;
    SchemaService& m_schema;
    SessionState m_session;
    QString m_defaultAnnotator;
    CollectionService& m_collections;
    WriteErrorNotice* m_writeError;
    AnnotatorsController* m_annotators; // Mark Done, layers, agreement, comparison, curation
    TeamController* m_team;             // File ▸ Team: syncing with a team project
    VersionsController* m_versions;     // versions of articles and the Review panel
    StatisticsView* m_statistics = nullptr;
    NetworkView* m_network = nullptr;
    bool m_restoreAfterFirstPaint = false;
    bool m_painted = false;
};

} // namespace hamish
