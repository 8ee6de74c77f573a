#include "mainwindow.h"

#include "agreement/annotatorscontroller.h"
#include "annotate/annotationcontroller.h"
#include "annotate/annotationmenu.h"
#include "annotate/annotationpanel.h"
#include "annotate/relationcontroller.h"
#include "annotate/relationpanel.h"
#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "articles/articleservice.h"
#include "entities/entitypanel.h"
#include "formats/formatscontroller.h"
#include "help/shortcutsdialog.h"
#include "import/importcontroller.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstatus.h"
#include "labels/labelbar.h"
#include "learn/labelsuggester.h"
#include "learn/modeldialog.h"
#include "learn/recommendercontroller.h"
#include "learn/reviewdialog.h"
#include "library/librarycontroller.h"
#include "library/libraryfilterbar.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "network/networkview.h"
#include "notices/writeerrornotice.h"
#include "preferences/preferencesdialog.h"
#include "reader/findbar.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "reader/readingsettings.h"
#include "search/searchpanel.h"
#include "stats/statisticsview.h"
#include "storage/library.h"
#include "team/teamcontroller.h"
#include "text/displaytext.h"
#include "uilocale.h"
#include "undo/undokeys.h"
#include "versions/reviewpanel.h"
#include "versions/versionbar.h"
#include "versions/versionscontroller.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace hamish {

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent)
    , m_library(services.library)
    , m_annotations(services.annotations)
    , m_jobs(new JobRunner(services.library, this))
    , m_model(new LibraryModel(services.library, this, LibraryModel::Batches::HoldUntilReleased))
    , m_libraryView(new LibraryView(*m_model, services.library, services.collections, this))
    , m_reader(new ReaderPane(this))
    , m_search(new SearchPanel(services.search, services.collections, this))
    , m_importController(new ImportController(services.library, *m_jobs, this))
    , m_formats(new FormatsController(services.library, services.annotations, services.collections, *m_jobs, this))
    , m_undoStack(new QUndoStack(this))
    , m_annotationController(new AnnotationController(services.annotations, services.registry, services.mentions,
                                                      services.collections, services.relations, services.schema,
                                                      *m_undoStack, *m_reader->reader(), this))
    , m_relationController(new RelationController(services.relations, services.schema, services.annotations,
                                                  *m_undoStack, *m_reader->reader(), this))
    , m_relations(services.relations)
    , m_libraryController(
          new LibraryController({services.library, services.articles, services.collections, *m_undoStack,
                                 *m_libraryView, *m_jobs, [this] { return m_reader->articleId(); }},
                                this))
    , m_annotationPanel(new AnnotationPanel(services.annotations, *m_annotationController, *m_relationController, this))
    , m_relationPanel(new RelationPanel(services.relations, *m_relationController, this))
    , m_entityPanel(
          new EntityPanel(services.library, services.registry, services.annotations, *m_annotationController, this))
    , m_labelBar(new LabelBar(services.relations, services.schema, *m_undoStack, this))
    , m_recommender(new RecommenderController(services.library, services.annotations, *m_annotationController,
                                              *m_reader->reader(), *m_jobs, this))
    , m_labelSuggester(
          new LabelSuggester(services.library, services.relations, *m_labelBar, *m_recommender, *m_jobs, this))
    , m_schema(services.schema)
    , m_session(services.library.path())
    , m_defaultAnnotator(services.defaultAnnotator)
    , m_collections(services.collections)
    , m_writeError(new WriteErrorNotice(this))
    , m_annotators(new AnnotatorsController({services, *m_undoStack, *m_jobs, *m_annotationController, *m_model,
                                             *m_libraryView, [this] { return m_reader->articleId(); }, this},
                                            this))
    , m_team(new TeamController(services.library, *m_jobs, this, this))
    , m_versions(
          new VersionsController(services.library, services.annotations, *m_undoStack, *m_reader->reader(), this))
{
    connect(m_team, &TeamController::statusMessage, this,
            [this](const QString& message, int timeout) { statusBar()->showMessage(message, timeout); });
    statusBar()->addPermanentWidget(m_team->statusLabel());
    connect(m_annotators, &AnnotatorsController::statusMessage, this,
            [this](const QString& message, int timeout) { statusBar()->showMessage(message, timeout); });
    connect(m_annotators, &AnnotatorsController::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        m_writeError->show(message);
    });
    const AnnotationService& annotations = services.annotations;
    // The rest of the library list is read after the first paint, or after half a second
    // when the window is not painted (started minimised, or never shown).
    QTimer::singleShot(500, m_model, &LibraryModel::releaseBatches);
    setWindowTitle(tr("Hamish"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_reader);
    ReadingSettings::load().applyTo(*m_reader->reader());
    createDocks();
    createMenus();

    connect(m_libraryView, &LibraryView::articleSelected, this, &MainWindow::openArticle);
    connect(m_search, &SearchPanel::articleRequested, this, [this](qint64 id, const QString& query) {
        m_libraryView->selectArticle(id);
        openArticle(id);
        m_reader->findBar()->activate(query);
    });
    connect(m_importController, &ImportController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    // The first new article opens in a turn of its own, once the window has taken in the end of
    // the import (the list's new rows, the summary); together they would hold it for longer than
    // a frame. A timer, not a queued call, so that the window paints and answers in between.
    connect(m_importController, &ImportController::imported, this, [this](qint64 id) {
        QTimer::singleShot(1, this, [this, id] {
            m_libraryView->selectArticle(id);
            openArticle(id);
        });
    });
    connect(m_annotationPanel, &AnnotationPanel::jumpRequested, this,
            [this](TextSpan span) { openArticleAt(m_reader->articleId(), span); });
    connect(m_annotationController, &AnnotationController::datesFound, this, [this](int count) {
        statusBar()->showMessage(
            count ? tr("%n date expression(s) proposed as DATE tags: A accepts, R rejects.", nullptr, count)
                  : tr("No untagged date expressions in this article."),
            8000);
    });
    connect(m_annotationController, &AnnotationController::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        m_writeError->show(message);
    });
    connect(m_relationController, &RelationController::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        m_writeError->show(message);
    });
    connect(m_relationController, &RelationController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(&annotations, &AnnotationService::annotationsChanged, m_model, &LibraryModel::refreshArticle);
    connect(&services.articles, &ArticleService::articlesChanged, m_model, &LibraryModel::refreshArticles);
    connect(&services.articles, &ArticleService::articlesTrashed, m_model, &LibraryModel::refreshArticles);
    connect(&services.articles, &ArticleService::articlesRestored, m_model, &LibraryModel::refreshArticles);
    connect(&services.articles, &ArticleService::trashEmptied, m_model, &LibraryModel::reload);
    connect(&services.articles, &ArticleService::articlesTrashed, this, &MainWindow::closeTrashedArticle);
    connect(&services.articles, &ArticleService::articlesChanged, this, [this](const QList<qint64>& ids) {
        // A corrected heading shows at once in the reader.
        if (ids.contains(m_reader->articleId()))
            if (const Result<Article> article = m_library.articles().article(m_reader->articleId()); article)
                m_reader->showHeading(*article);
    });
    connect(m_libraryController, &LibraryController::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        m_writeError->show(message);
    });
    connect(m_entityPanel, &EntityPanel::mentionRequested, this, &MainWindow::openArticleAt);
    connect(m_relationPanel, &RelationPanel::relationRequested, this, &MainWindow::openArticleAt);
    m_reader->setLabelBar(m_labelBar);
    m_reader->setLabelBar(m_versions->bar());
    connect(m_versions, &VersionsController::articleTextChanged, this, [this](qint64 id) {
        m_reader->clear(QString()); // the same id, another text: read again
        openArticle(id);
        statusBar()->showMessage(tr("This article has a new version; its annotations were carried to it."), 8000);
    });
    connect(m_versions, &VersionsController::jumpRequested, this,
            [this](TextSpan span) { openArticleAt(m_reader->articleId(), span); });
    connect(m_versions, &VersionsController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_versions, &VersionsController::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        m_writeError->show(message);
    });
    m_importController->setOpenArticle([this] {
        ArticleSummary open;
        if (const Result<Article> article = m_library.articles().heading(m_reader->articleId()); article) {
            open.id = article->id;
            open.title = article->title;
        }
        return open;
    });
    showLabelNames();
    connect(&m_schema, &SchemaService::schemaChanged, this, &MainWindow::showLabelNames);
    connect(&m_relations, &RelationService::labelsChanged, m_model, [this](qint64 articleId) {
        if (articleId > 0)
            m_model->refreshArticle(articleId);
        else
            m_model->reload();
    });
    connect(m_annotationController, &AnnotationController::labelsRequested, m_labelBar, &LabelBar::popUpMenu);
    connect(m_recommender, &RecommenderController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_recommender, &RecommenderController::trainingFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 12000); });
    connect(m_labelSuggester, &LabelSuggester::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_labelSuggester, &LabelSuggester::trainingFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 12000); });
    connect(m_labelBar, &LabelBar::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        m_writeError->show(message);
    });
    m_reader->reader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_reader->reader(), &QWidget::customContextMenuRequested, this, &MainWindow::showReaderMenu);
    // Writes from the CLI or another process show up here: SQLite bumps data_version for
    // commits made by other connections.
    m_library.watchForChanges();
    connect(&m_library, &Library::changedElsewhere, m_model, &LibraryModel::reload);
    connect(&m_library, &Library::changedElsewhere, this, [this] {
        m_annotations.announce({m_reader->articleId()});
        m_entityPanel->reload();
    });
    auto* saveScroll = new QTimer(this);
    saveScroll->setSingleShot(true);
    saveScroll->setInterval(600);
    connect(saveScroll, &QTimer::timeout, this, &MainWindow::saveSession);
    connect(m_reader->reader()->verticalScrollBar(), &QScrollBar::valueChanged, saveScroll,
            qOverload<>(&QTimer::start));

    if (!m_model->lastError().isEmpty())
        m_reader->clear(m_model->lastError());
    else if (m_model->rowCount() == 0)
        m_reader->clear(tr("The library is empty. Import articles with File ▸ Import, or drop files here.") + u'\n'
                        + annotatingHint());
    else
        m_restoreAfterFirstPaint = true; // the window shows first, the article right after

    statusBar()->addPermanentWidget(new JobStatus(*m_jobs, this));
    statusBar()->showMessage(displayPath(m_library.path()));
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent* event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
    }
    return handled;
}

void MainWindow::afterFirstPaint()
{
    m_model->releaseBatches();
    if (m_restoreAfterFirstPaint && m_reader->articleId() == 0) // unless the user was quicker
        restoreSession();
}

void MainWindow::createDocks()
{
    // The library sits at the start of the reading direction: on the right in the Arabic UI.
    const Qt::DockWidgetArea start = isRightToLeft() ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea end = isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    auto* libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("LibraryDock"));
    libraryDock->setWidget(m_libraryView);
    addDockWidget(start, libraryDock);

    auto* searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("SearchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(start, searchDock);
    tabifyDockWidget(libraryDock, searchDock);
    libraryDock->raise();

    auto* annotationDock = new QDockWidget(tr("Annotations"), this);
    annotationDock->setObjectName(QStringLiteral("AnnotationDock"));
    annotationDock->setWidget(m_annotationPanel);
    addDockWidget(end, annotationDock);

    auto* entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(QStringLiteral("EntityDock"));
    entityDock->setWidget(m_entityPanel);
    addDockWidget(end, entityDock);
    tabifyDockWidget(annotationDock, entityDock);
    auto* relationDock = new QDockWidget(tr("Relations"), this);
    relationDock->setObjectName(QStringLiteral("RelationDock"));
    relationDock->setWidget(m_relationPanel);
    addDockWidget(end, relationDock);
    tabifyDockWidget(entityDock, relationDock);
    auto* reviewDock = new QDockWidget(tr("Review"), this);
    reviewDock->setObjectName(QStringLiteral("ReviewDock"));
    reviewDock->setWidget(m_versions->panel());
    addDockWidget(end, reviewDock);
    tabifyDockWidget(relationDock, reviewDock);
    annotationDock->raise();
    // The annotations list shows a quote beside its type, author and time: it needs more room.
    resizeDocks({libraryDock, annotationDock}, {340, 420}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFiles = file->addAction(tr("&Import Files…"), m_importController, &ImportController::chooseFiles);
    importFiles->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder…"), m_importController, &ImportController::chooseFolder);
    file->addSeparator();
    file->addAction(tr("Import &Annotations…"), m_formats, &FormatsController::importAnnotations);
    file->addAction(tr("&Export Annotations…"), this,
                    [this] { m_formats->exportAnnotations(m_reader->articleId(), m_libraryView->selectedArticles()); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addMenu(m_team->createMenu(file));
    file->addAction(m_libraryController->backupAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoKeys());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find in Article"), this, [this] { m_reader->findBar()->activate(); });
    find->setShortcut(QKeySequence::Find);
    QAction* findNext = edit->addAction(tr("Find &Next"), m_reader->findBar(), &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction* findPrevious = edit->addAction(tr("Find &Previous"), m_reader->findBar(), &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pre&ferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    preferences->setMenuRole(QAction::PreferencesRole);
    QAction* searchLibrary = edit->addAction(tr("&Search Library"), this, [this] {
        if (auto* dock = qobject_cast<QDockWidget*>(m_search->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_search->focusQuery();
    });
    searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addMenu(createReadingMenu(*m_reader->reader(), this));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu* goTo = view->addMenu(tr("&Go To"));
    const auto focusAction = [this, goTo](const QString& text, Qt::Key key, QWidget* target) {
        goTo->addAction(text, this,
                        [target] {
                            for (QWidget* w = target; w; w = w->parentWidget()) {
                                if (auto* dock = qobject_cast<QDockWidget*>(w)) {
                                    dock->show();
                                    dock->raise();
                                }
                            }
                            target->setFocus(Qt::ShortcutFocusReason);
                        })
            ->setShortcut(QKeySequence(Qt::CTRL | key));
    };
    focusAction(tr("&Library"), Qt::Key_1, m_libraryView->list());
    focusAction(tr("&Article"), Qt::Key_2, m_reader->reader());
    focusAction(tr("A&nnotations"), Qt::Key_3, m_annotationPanel);
    focusAction(tr("&Entities"), Qt::Key_4, m_entityPanel);
    focusAction(tr("&Relations"), Qt::Key_5, m_relationPanel->view());
    view->addSeparator();
    view->addAction(tr("S&tatistics…"), this, &MainWindow::showStatistics)->setShortcut(QKeySequence(Qt::Key_F7));
    view->addAction(tr("Entity &Network…"), this, &MainWindow::showNetwork)->setShortcut(QKeySequence(Qt::Key_F8));
    m_annotators->addViewActions(view);
    QMenu* article = m_libraryController->createArticleMenu(this);
    article->insertAction(article->actions().value(2), m_annotators->markDoneAction());
    connect(article, &QMenu::aboutToShow, m_annotators, &AnnotatorsController::updateMarkDone);
    menuBar()->addMenu(article);
    QMenu* annotate = createAnnotationMenu(*m_annotationController, m_annotations, m_schema, this);
    // The keys are the reader's own (see createAnnotationMenu); the entries say which.
    QAction* schemaSeparator = annotate->actions().at(annotate->actions().size() - 5);
    annotate->insertSeparator(schemaSeparator);
    const auto readerKeyAction = [this](const QString& text, const QString& key, auto slot) {
        auto* action = new QAction(text + u'\t' + isolatedLtr(key), this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    annotate->insertActions(
        schemaSeparator,
        {readerKeyAction(tr("&Link to Another Entity…"), QStringLiteral("L"),
                         [this] { m_relationController->startLink(); }),
         readerKeyAction(tr("Attri&butes…"), QStringLiteral("E"),
                         [this] { m_annotationController->editAttributesAtCaret(); }),
         readerKeyAction(tr("Document &Labels…"), QStringLiteral("D"), [this] { m_labelBar->popUpMenu(); })});
    annotate->insertSeparator(schemaSeparator);
    auto* trainModel = new QAction(tr("Train the Entity &Model"), this);
    connect(trainModel, &QAction::triggered, this, [this] {
        if (!m_recommender->train())
            statusBar()->showMessage(tr("The entity model is training already."), 6000);
    });
    auto* trainLabels = new QAction(tr("Train the &Label Model"), this);
    connect(trainLabels, &QAction::triggered, this, [this] {
        if (!m_labelSuggester->train())
            statusBar()->showMessage(tr("The label model is training already."), 6000);
    });
    auto* modelDialog = new QAction(tr("Mo&dels…"), this);
    connect(modelDialog, &QAction::triggered, this, [this] {
        ModelDialog dialog(*m_recommender, *m_labelSuggester, this);
        dialog.exec();
    });
    auto* review = new QAction(tr("Re&view Suggestions…"), this);
    connect(review, &QAction::triggered, this, [this] {
        ReviewDialog dialog(m_library, *m_recommender, m_collections, m_reader->articleId(), this);
        connect(&dialog, &ReviewDialog::suggestionRequested, this, &MainWindow::openArticleAt);
        connect(&dialog, &ReviewDialog::acceptRequested, this, [this](const ModelSuggestion& s) {
            openArticleAt(s.articleId, {s.start, s.end});
            for (const EntityType& type : m_annotations.entityTypes().value_or(QList<EntityType>{})) {
                if (type.code == s.type)
                    m_annotationController->acceptSuggestion(
                        {0, type.id, {s.start, s.end}, s.text, true, s.confidence});
            }
        });
        dialog.exec();
    });
    annotate->insertActions(schemaSeparator, {trainModel, trainLabels, review, modelDialog});
    menuBar()->addMenu(annotate);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this,
                    [this] {
                        ShortcutsDialog dialog(*menuBar(), this);
                        dialog.exec();
                    })
        ->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addAction(tr("&About Hamish"), this, &MainWindow::showAbout);

    isolateShortcutLabels(*menuBar());
    addLatinMenuKeys(*menuBar(), {{file, 'F'}, {edit, 'E'}, {view, 'V'}, {article, 'R'}, {annotate, 'A'}, {help, 'H'}});
}

void MainWindow::showLabelNames()
{
    const Result<AnnotationSchema> schema = m_schema.schema();
    if (!schema)
        return;
    QHash<qint64, QString> names;
    QList<QPair<QString, qint64>> choices;
    const bool arabic = isRightToLeft();
    for (const LabelSet& set : schema->labelSets) {
        for (const Label& label : set.labels) {
            const QString name = arabic ? label.nameAr : label.nameEn;
            names.insert(label.id, name.isEmpty() ? label.code : name);
            const QString setName = arabic ? set.nameAr : set.nameEn;
            choices.append({QStringLiteral("%1: %2").arg(setName.isEmpty() ? set.code : setName, names.value(label.id)),
                            label.id});
        }
    }
    m_model->setLabelNames(names);
    m_libraryView->filterBar()->setLabels(choices);
}

void MainWindow::openArticle(qint64 id)
{
    if (id == m_reader->articleId())
        return;
    const Result<Article> article = m_library.articles().article(id);
    if (!article) {
        m_reader->clear(article.error());
        return;
    }
    const Result<QList<Relation>> relations = m_relations.relations(id);
    m_reader->showArticle(*article, relations && !relations->isEmpty());
    m_libraryController->articleOpened(id);
    m_annotationController->setArticle(id);
    m_relationController->setArticle(id);
    m_annotationPanel->setArticle(id);
    m_relationPanel->setArticle(id);
    m_labelBar->setArticle(id);
    m_versions->setArticle(id);
    m_recommender->setArticle(id);
    m_labelSuggester->setArticle(id);
    if (m_statistics)
        m_statistics->setArticle(id);
    saveSession();
}

QString MainWindow::annotatingHint()
{
    return tr("To annotate, select text in an article, then press 1–9 to tag an entity type, H to highlight "
              "or N to write a note.");
}

void MainWindow::closeTrashedArticle(const QList<qint64>& ids)
{
    if (!ids.contains(m_reader->articleId()))
        return;
    m_annotationController->setArticle(0);
    m_relationController->setArticle(0);
    m_annotationPanel->setArticle(0);
    m_labelBar->setArticle(0);
    m_versions->setArticle(0);
    m_recommender->setArticle(0);
    m_labelSuggester->setArticle(0);
    m_reader->clear(tr("The article is in the Trash. Undo (Ctrl+Z) or restore it from the Trash to read it again."));
}

QAction* MainWindow::markDoneAction() const
{
    return m_annotators->markDoneAction();
}

void MainWindow::setArticleDone(bool done)
{
    m_annotators->setArticleDone(done);
}

void MainWindow::showPreferences()
{
    const UiPreferences before = UiPreferences::load();
    PreferencesDialog dialog(ReadingSettings::of(*m_reader->reader()), before, m_defaultAnnotator, m_annotations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReadingSettings reading = dialog.reading();
    const UiPreferences after = dialog.ui();
    if (after.theme != before.theme && after.theme != UiPreferences::Theme::System)
        reading.dark = after.theme == UiPreferences::Theme::Dark; // the page follows the theme
    reading.applyTo(*m_reader->reader());
    reading.save();
    after.save();
    m_annotations.setAuthor(after.annotatorName.isEmpty() ? m_defaultAnnotator : after.annotatorName);
    m_relations.setAuthor(m_annotations.author());
    m_recommender->setRetrainEvery(after.retrainEvery);
    m_annotations.setHijriCalendar(after.tabularHijri ? DateCalendar::IslamicCivil : DateCalendar::IslamicUmmAlQura);
    m_labelBar->setArticle(m_reader->articleId());
    m_labelSuggester->setArticle(m_reader->articleId()); // another annotator's labels
    if (after.theme != before.theme)
        applyTheme(*qApp, after.theme);
    if (after.uiLocale() != before.uiLocale())
        emit languageChangeRequested(after.uiLocale());
}

NetworkView* MainWindow::showNetwork()
{
    if (!m_network) {
        m_network = new NetworkView(m_library, m_schema, m_collections, this);
        connect(m_network, &NetworkView::evidenceRequested, this, &MainWindow::openArticleAt);
    }
    m_network->show(); // builds when it appears
    m_network->raise();
    m_network->activateWindow();
    return m_network;
}

AgreementView* MainWindow::showAgreement()
{
    return m_annotators->showAgreement();
}

ComparisonView* MainWindow::showComparison(const QString& first, const QString& second)
{
    return m_annotators->showComparison(first, second);
}

StatisticsView* MainWindow::showStatistics()
{
    if (!m_statistics) {
        m_statistics = new StatisticsView(m_library, m_annotations, m_collections, this);
        connect(&m_relations, &RelationService::labelsChanged, m_statistics, &StatisticsView::refreshIfShown);
        connect(&m_relations, &RelationService::relationsChanged, m_statistics, &StatisticsView::refreshIfShown);
        m_statistics->setArticle(m_reader->articleId());
        m_statistics->setScope(m_reader->articleId() > 0 ? StatisticsView::Scope::Article
                                                         : StatisticsView::Scope::Library);
    }
    m_statistics->show(); // counts when it appears, and follows changes while shown
    m_statistics->raise();
    m_statistics->activateWindow();
    return m_statistics;
}

void MainWindow::openArticleAt(qint64 id, TextSpan span)
{
    m_libraryView->selectArticle(id);
    openArticle(id);
    m_reader->reader()->selectSpan(span);
    m_reader->reader()->ensureCursorVisible();
    m_reader->reader()->setFocus();
}

void MainWindow::showReaderMenu(const QPoint& pos)
{
    ReaderView* reader = m_reader->reader();
    if (reader->selectedSpan().isEmpty())
        reader->setTextCursor(reader->cursorForPosition(pos));
    std::unique_ptr<QMenu> menu(reader->createStandardContextMenu(pos));
    menu->addSeparator();
    m_annotationController->fillContextMenu(*menu);
    m_relationController->fillContextMenu(*menu, pos);
    menu->exec(reader->viewport()->mapToGlobal(pos));
}

void MainWindow::restoreSession()
{
    const qint64 last = m_session.lastArticle();
    const int scroll = m_session.scrollPosition();
    const Result<std::optional<ArticleSummary>> stored = m_library.articles().summary(last);
    if (last > 0 && stored && *stored) {
        m_libraryView->selectArticle(last);
        openArticle(last);
        // The document is laid out on the first show; scroll once that has happened.
        QTimer::singleShot(0, this, [this, scroll] { m_reader->reader()->verticalScrollBar()->setValue(scroll); });
    } else {
        m_libraryView->selectFirst();
    }
}

void MainWindow::saveSession() const
{
    if (m_reader->articleId() > 0)
        m_session.save(m_reader->articleId(), m_reader->reader()->verticalScrollBar()->value());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_jobs->cancelAll(); // each job rolls back and its thread ends at its next check
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hamish"),
                       tr("<h3>Hamish %1</h3><p>A reader and annotator for Arabic news.</p><p>Library: %2</p>")
                           .arg(QApplication::applicationVersion(), m_library.path().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Leave the drop handler before the modal preview opens.
    QMetaObject::invokeMethod(
        this, [this, paths] { m_importController->importPaths(paths); }, Qt::QueuedConnection);
}

} // namespace hamish
