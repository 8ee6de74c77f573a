#include "mainwindow.h"

#include "import/importcontroller.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "reader/findbar.h"
#include "reader/readerpane.h"
#include "search/searchpanel.h"
#include "storage/library.h"

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace hamish {

MainWindow::MainWindow(Library& library, ImportService& importer, SearchService& search, QWidget* parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_model(new LibraryModel(library, this))
    , m_libraryView(new LibraryView(*m_model, this))
    , m_reader(new ReaderPane(this))
    , m_search(new SearchPanel(search, this))
    , m_importController(new ImportController(importer, this))
{
    setWindowTitle(tr("Hamish"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_reader);

    auto* libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("LibraryDock"));
    libraryDock->setWidget(m_libraryView);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);

    auto* searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("SearchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    tabifyDockWidget(libraryDock, searchDock);
    libraryDock->raise();

    createMenus();
    resizeDocks({libraryDock}, {460}, Qt::Horizontal);

    connect(m_libraryView, &LibraryView::articleSelected, this, &MainWindow::openArticle);
    connect(m_search, &SearchPanel::articleRequested, this, [this](qint64 id, const QString& query) {
        m_libraryView->selectArticle(id);
        openArticle(id);
        m_reader->findBar()->activate(query);
    });
    connect(m_importController, &ImportController::imported, this, [this](qint64 id) {
        m_libraryView->selectArticle(id);
        openArticle(id);
    });

    if (!m_model->lastError().isEmpty())
        m_reader->clear(m_model->lastError());
    else if (m_model->rowCount() == 0)
        m_reader->clear(tr("The library is empty. Import articles with File ▸ Import, or drop files here."));
    else
        m_libraryView->selectFirst();
    statusBar()->showMessage(m_library.path());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFiles = file->addAction(tr("&Import Files…"), m_importController, &ImportController::chooseFiles);
    importFiles->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder…"), m_importController, &ImportController::chooseFolder);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find in Article"), this, [this] { m_reader->findBar()->activate(); });
    find->setShortcut(QKeySequence::Find);
    QAction* findNext = edit->addAction(tr("Find &Next"), m_reader->findBar(), &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction* findPrevious = edit->addAction(tr("Find &Previous"), m_reader->findBar(), &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction* searchLibrary = edit->addAction(tr("&Search Library"), this, [this] {
        if (auto* dock = qobject_cast<QDockWidget*>(m_search->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_search->focusQuery();
    });
    searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hamish"), this, &MainWindow::showAbout);
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
    m_reader->showArticle(*article);
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
    QMetaObject::invokeMethod(this, [this, paths] { m_importController->importPaths(paths); }, Qt::QueuedConnection);
}

} // namespace hamish
