#include "library/librarycontroller.h"

#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "jobs/jobrunner.h"
#include "library/articlepropertiesdialog.h"
#include "library/libraryview.h"
#include "library/shelftree.h"
#include "storage/backup.h"
#include "storage/library.h"
#include "text/displaytext.h"
#include "undo/changecommand.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

namespace hamish {

LibraryController::LibraryController(const Parts& parts, QWidget* window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
    , m_properties(new QAction(tr("&Properties…"), this))
    , m_markRead(new QAction(tr("Mark as &Read"), this))
    , m_markUnread(new QAction(tr("Mark as &Unread"), this))
    , m_star(new QAction(tr("&Star"), this))
    , m_trash(new QAction(tr("Move to &Trash"), this))
    , m_restore(new QAction(tr("Restore from T&rash"), this))
    , m_emptyTrash(new QAction(tr("&Empty Trash…"), this))
    , m_newCollection(new QAction(tr("&New Collection…"), this))
    , m_backup(new QAction(tr("&Back Up Library…"), this))
{
    QTableView* list = m_parts.view.list();
    // Delete and F2 act on the list only: in the reader, Delete removes an annotation.
    m_trash->setShortcut(QKeySequence::Delete);
    m_properties->setShortcut(QKeySequence(Qt::Key_F2));
    for (QAction* action : {m_trash, m_properties}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        list->addAction(action);
    }
    m_markRead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_star->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_star->setCheckable(true);

    connect(m_properties, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = targets(); !ids.isEmpty())
            editProperties(ids.first());
    });
    connect(m_markRead, &QAction::triggered, this, [this] { setRead(targets(), true); });
    connect(m_markUnread, &QAction::triggered, this, [this] { setRead(targets(), false); });
    connect(m_star, &QAction::triggered, this, [this](bool checked) { setStarred(targets(), checked); });
    connect(m_trash, &QAction::triggered, this, [this] {
        if (!m_parts.view.showsTrash())
            moveToTrash(targets());
    });
    connect(m_restore, &QAction::triggered, this, [this] { restore(m_parts.view.selectedArticles()); });
    connect(m_emptyTrash, &QAction::triggered, this, &LibraryController::emptyTrash);
    connect(m_newCollection, &QAction::triggered, this, [this] { newCollection(m_parts.view.selectedArticles()); });
    connect(m_backup, &QAction::triggered, this, &LibraryController::backUp);

    connect(&m_parts.view, &LibraryView::listMenuRequested, this, &LibraryController::showListMenu);
    connect(&m_parts.view, &LibraryView::shelfMenuRequested, this, &LibraryController::showShelfMenu);
    ShelfTree* shelves = m_parts.view.shelves();
    connect(shelves, &ShelfTree::articlesDroppedOnCollection, this, &LibraryController::addToCollection);
    connect(shelves, &ShelfTree::articlesDroppedOnTrash, this, &LibraryController::moveToTrash);
    for (auto signal : {&ArticleService::articlesTrashed, &ArticleService::articlesRestored})
        connect(&m_parts.articles, signal, shelves, &ShelfTree::refresh);
    connect(&m_parts.articles, &ArticleService::trashEmptied, shelves, &ShelfTree::refresh);
    connect(&m_parts.collections, &CollectionService::collectionsChanged, shelves, &ShelfTree::refresh);
    connect(&m_parts.library, &Library::articlesAdded, shelves, &ShelfTree::refresh);
    connect(&m_parts.library, &Library::changedElsewhere, shelves, &ShelfTree::refresh);
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryController::updateActions);
    connect(&m_parts.articles, &ArticleService::articlesChanged, this, &LibraryController::updateActions);

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(ReadAfterMs);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        if (m_opened > 0 && m_opened == m_parts.openArticle())
            setRead({m_opened}, true);
    });
    updateActions();
}

QMenu* LibraryController::createArticleMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("A&rticle"), parent);
    menu->addAction(m_properties);
    menu->addSeparator();
    menu->addAction(m_markRead);
    menu->addAction(m_markUnread);
    menu->addAction(m_star);
    menu->addSeparator();
    QMenu* collections = menu->addMenu(tr("Add to &Collection"));
    connect(collections, &QMenu::aboutToShow, this, [this, collections] {
        collections->clear();
        fillCollectionMenu(*collections, targets());
    });
    menu->addAction(m_newCollection);
    menu->addSeparator();
    menu->addAction(m_trash);
    menu->addAction(m_restore);
    menu->addAction(m_emptyTrash);
    connect(menu, &QMenu::aboutToShow, this, &LibraryController::updateActions);
    return menu;
}

QList<qint64> LibraryController::targets() const
{
    QList<qint64> ids = m_parts.view.selectedArticles();
    if (ids.isEmpty() && m_parts.openArticle() > 0)
        ids.append(m_parts.openArticle());
    return ids;
}

void LibraryController::updateActions()
{
    const QList<qint64> ids = targets();
    const bool inTrash = m_parts.view.showsTrash();
    for (QAction* action : {m_properties, m_markRead, m_markUnread, m_star})
        action->setEnabled(!ids.isEmpty());
    m_trash->setEnabled(!ids.isEmpty() && !inTrash);
    m_restore->setEnabled(inTrash && !m_parts.view.selectedArticles().isEmpty());
    bool allStarred = !ids.isEmpty();
    for (const qint64 id : ids) {
        const Result<std::optional<ArticleSummary>> summary = m_parts.library.articles().summary(id);
        allStarred = allStarred && summary && *summary && (*summary)->starred;
    }
    m_star->setChecked(allStarred);
}

bool LibraryController::report(const Failure& failure)
{
    emit errorOccurred(failure.text());
    return false;
}

void LibraryController::moveToTrash(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    if (Status ok = m_parts.articles.moveToTrash(ids); !ok) {
        report(ok.problem());
        return;
    }
    ArticleService& articles = m_parts.articles;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Move %n article(s) to the Trash", nullptr, int(ids.size())),
        [&articles, ids] { return articles.moveToTrash(ids); }, [&articles, ids] { return articles.restore(ids); },
        [this](const QString& e) { emit errorOccurred(e); }));
}

void LibraryController::restore(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    if (Status ok = m_parts.articles.restore(ids); !ok) {
        report(ok.problem());
        return;
    }
    ArticleService& articles = m_parts.articles;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Restore %n article(s)", nullptr, int(ids.size())), [&articles, ids] { return articles.restore(ids); },
        [&articles, ids] { return articles.moveToTrash(ids); }, [this](const QString& e) { emit errorOccurred(e); }));
}

void LibraryController::emptyTrash()
{
    const Result<std::pair<qint64, qint64>> contents = m_parts.articles.trashContents();
    if (!contents) {
        report(contents.problem());
        return;
    }
    if (contents->first == 0) {
        QMessageBox::information(m_window, tr("Empty Trash"), tr("The Trash is empty."));
        return;
    }
    const QString question =
        tr("Remove %n article(s) for good?", nullptr, int(contents->first)) + u' '
        + tr("%n annotation(s) on them go too. This cannot be undone.", nullptr, int(contents->second));
    if (QMessageBox::warning(m_window, tr("Empty Trash"), question, QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Discard)
        return;
    if (Status ok = m_parts.articles.emptyTrash(); !ok)
        report(ok.problem());
    // What was undoable about those articles is gone with them.
    m_parts.undoStack.clear();
}

void LibraryController::editProperties(qint64 id)
{
    const Result<Article> article = m_parts.library.articles().article(id);
    if (!article) {
        report(article.problem());
        return;
    }
    const Result<std::optional<ArticleSummary>> summary = m_parts.library.articles().summary(id);
    ArticlePropertiesDialog dialog(*article, summary && *summary ? (*summary)->annotationCount : 0, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ArticleHeading before{article->title, article->author, article->source, article->date, article->url};
    const ArticleHeading after = dialog.heading();
    if (after == before)
        return;
    if (Status ok = m_parts.articles.editHeading(id, after); !ok) {
        report(ok.problem());
        return;
    }
    ArticleService& articles = m_parts.articles;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Edit article properties"), [&articles, id, after] { return articles.editHeading(id, after); },
        [&articles, id, before] { return articles.editHeading(id, before); },
        [this](const QString& e) { emit errorOccurred(e); }));
}

void LibraryController::setRead(const QList<qint64>& ids, bool read)
{
    if (!ids.isEmpty())
        if (Status ok = m_parts.articles.markRead(ids, read); !ok)
            report(ok.problem());
}

void LibraryController::setStarred(const QList<qint64>& ids, bool starred)
{
    if (!ids.isEmpty())
        if (Status ok = m_parts.articles.setStarred(ids, starred); !ok)
            report(ok.problem());
}

void LibraryController::addToCollection(qint64 collectionId, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    const Result<Collection> before = m_parts.collections.collection(collectionId);
    if (!before) {
        report(before.problem());
        return;
    }
    QList<qint64> added;
    for (const qint64 id : ids) {
        if (!before->articles.contains(id))
            added.append(id);
    }
    if (added.isEmpty())
        return;
    if (Status ok = m_parts.collections.add(collectionId, added); !ok) {
        report(ok.problem());
        return;
    }
    CollectionService& collections = m_parts.collections;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Add to «%1»").arg(displaySafe(before->name)),
        [&collections, collectionId, added] { return collections.add(collectionId, added); },
        [&collections, collectionId, added] { return collections.removeArticles(collectionId, added); },
        [this](const QString& e) { emit errorOccurred(e); }));
}

void LibraryController::removeFromCollection(qint64 collectionId, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    if (Status ok = m_parts.collections.removeArticles(collectionId, ids); !ok) {
        report(ok.problem());
        return;
    }
    CollectionService& collections = m_parts.collections;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Remove from the collection"),
        [&collections, collectionId, ids] { return collections.removeArticles(collectionId, ids); },
        [&collections, collectionId, ids] { return collections.add(collectionId, ids); },
        [this](const QString& e) { emit errorOccurred(e); }));
}

qint64 LibraryController::newCollection(const QList<qint64>& ids)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New Collection"), tr("Name of the collection:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return 0;
    const Result<Collection> created = m_parts.collections.create(name);
    if (!created) {
        report(created.problem());
        return 0;
    }
    if (!ids.isEmpty())
        if (Status added = m_parts.collections.add(created->id, ids); !added)
            report(added.problem());
    CollectionService& collections = m_parts.collections;
    const Collection made{created->id, created->name, ids};
    m_parts.undoStack.push(new ChangeCommand(
        tr("New collection «%1»").arg(displaySafe(made.name)),
        [&collections, made] { return collections.restore(made); },
        [&collections, id = made.id] { return collections.remove(id); },
        [this](const QString& e) { emit errorOccurred(e); }));
    return created->id;
}

void LibraryController::renameCollection(qint64 id)
{
    const Result<Collection> current = m_parts.collections.collection(id);
    if (!current) {
        report(current.problem());
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Collection"), tr("New name:"), QLineEdit::Normal,
                                               current->name, &ok);
    if (!ok || name.trimmed() == current->name)
        return;
    if (Status renamed = m_parts.collections.rename(id, name); !renamed) {
        report(renamed.problem());
        return;
    }
    CollectionService& collections = m_parts.collections;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Rename collection"), [&collections, id, name] { return collections.rename(id, name); },
        [&collections, id, old = current->name] { return collections.rename(id, old); },
        [this](const QString& e) { emit errorOccurred(e); }));
}

void LibraryController::deleteCollection(qint64 id)
{
    const Result<Collection> current = m_parts.collections.collection(id);
    if (!current) {
        report(current.problem());
        return;
    }
    if (Status removed = m_parts.collections.remove(id); !removed) {
        report(removed.problem());
        return;
    }
    CollectionService& collections = m_parts.collections;
    m_parts.undoStack.push(new ChangeCommand(
        tr("Delete collection «%1»").arg(displaySafe(current->name)),
        [&collections, id] { return collections.remove(id); },
        [&collections, saved = *current] { return collections.restore(saved); },
        [this](const QString& e) { emit errorOccurred(e); }));
}

void LibraryController::backUp()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + QStringLiteral("hamish-backup-%1.hamish").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Back Up Library"), suggested, tr("Hamish libraries (*.hamish)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        backUpTo(path);
}

void LibraryController::backUpTo(const QString& path)
{
    auto result = std::make_shared<Status>();
    Job* job =
        m_parts.jobs.start(tr("Backing up the library"), [result, path](Library& library, const JobControl& control) {
            *result = LibraryBackup::write(library.database(), path, control);
        });
    connect(job, &Job::finished, this, [this, job, result, path] {
        if (!job->openError().isEmpty())
            *result = failure(job->openError());
        const QString message =
            *result ? tr("The library was backed up to %1.").arg(displayPath(path)) : result->error();
        if (!job->isCancelled()) {
            auto* box = new QMessageBox(*result ? QMessageBox::Information : QMessageBox::Warning,
                                        tr("Back Up Library"), message, QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit backupFinished(bool(*result), message);
    });
}

void LibraryController::articleOpened(qint64 id)
{
    m_opened = id;
    const Result<std::optional<ArticleSummary>> summary = m_parts.library.articles().summary(id);
    if (summary && *summary && !(*summary)->read)
        m_readTimer.start();
    else
        m_readTimer.stop();
    updateActions();
}

void LibraryController::fillCollectionMenu(QMenu& menu, const QList<qint64>& ids)
{
    const QList<Collection> all = m_parts.collections.collections().value_or(QList<Collection>());
    for (const Collection& c : all) {
        menu.addAction(displaySafe(c.name), this, [this, id = c.id, ids] { addToCollection(id, ids); })
            ->setEnabled(!ids.isEmpty());
    }
    if (!all.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("New Collection…"), this, [this, ids] { newCollection(ids); });
}

void LibraryController::showListMenu(const QPoint& globalPos)
{
    updateActions();
    const QList<qint64> ids = m_parts.view.selectedArticles();
    QMenu menu;
    if (m_parts.view.showsTrash()) {
        menu.addAction(m_restore);
        menu.addAction(m_emptyTrash);
        menu.exec(globalPos);
        return;
    }
    menu.addAction(m_properties);
    menu.addSeparator();
    menu.addAction(m_markRead);
    menu.addAction(m_markUnread);
    menu.addAction(m_star);
    menu.addSeparator();
    QMenu* collections = menu.addMenu(tr("Add to &Collection"));
    fillCollectionMenu(*collections, ids);
    if (const qint64 shown = m_parts.view.currentCollection(); shown > 0)
        menu.addAction(tr("Remove from This Collection"), this,
                       [this, shown, ids] { removeFromCollection(shown, ids); });
    menu.addSeparator();
    menu.addAction(m_trash);
    menu.exec(globalPos);
}

void LibraryController::showShelfMenu(const QPoint& localPos, const QPoint& globalPos)
{
    ShelfTree* shelves = m_parts.view.shelves();
    QMenu menu;
    if (const qint64 id = shelves->collectionAt(localPos); id > 0) {
        menu.addAction(tr("&Rename Collection…"), this, [this, id] { renameCollection(id); });
        menu.addAction(tr("&Delete Collection"), this, [this, id] { deleteCollection(id); });
        menu.addSeparator();
    } else if (shelves->isTrashAt(localPos)) {
        menu.addAction(m_emptyTrash);
        menu.addSeparator();
    }
    menu.addAction(tr("&New Collection…"), this, [this] { newCollection(); });
    menu.exec(globalPos);
}

} // namespace hamish
