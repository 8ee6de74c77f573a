#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace hamish {

class ArticleService;
class CollectionService;
class JobRunner;
class Library;
class LibraryView;

// Managing the library from the window: the Trash, article properties, reading state and stars,
// collections, and back-ups. Its actions fill the Article menu and the list's and shelves'
// context menus; changes to articles and collections are undoable. An opened article is marked
// read once it has been open for a few seconds.
class LibraryController final : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        Library& library;
        ArticleService& articles;
        CollectionService& collections;
        QUndoStack& undoStack;
        LibraryView& view;
        JobRunner& jobs;
        // The article open in the reader, for commands when the list has no selection.
        std::function<qint64()> openArticle;
    };

    LibraryController(const Parts& parts, QWidget* window);

    static constexpr int ReadAfterMs = 3000;

    QMenu* createArticleMenu(QWidget* parent);
    QAction* backupAction() const { return m_backup; }
    QAction* trashAction() const { return m_trash; }
    QAction* propertiesAction() const { return m_properties; }

    // The articles the commands apply to: the list's selection, else the open article.
    QList<qint64> targets() const;

    void moveToTrash(const QList<qint64>& ids);
    void restore(const QList<qint64>& ids);
    void emptyTrash();
    void editProperties(qint64 id);
    void setRead(const QList<qint64>& ids, bool read);
    void setStarred(const QList<qint64>& ids, bool starred);
    void addToCollection(qint64 collectionId, const QList<qint64>& ids);
    void removeFromCollection(qint64 collectionId, const QList<qint64>& ids);
    // Asks for a name; with ids, they join the new collection. Returns its id, or 0.
    qint64 newCollection(const QList<qint64>& ids = {});
    void renameCollection(qint64 id);
    void deleteCollection(qint64 id);
    void backUp();
    void backUpTo(const QString& path);

    // Starts the timer that marks the article read.
    void articleOpened(qint64 id);

signals:
    void errorOccurred(const QString& message);
    void backupFinished(bool succeeded, const QString& message);

private:
    void showListMenu(const QPoint& globalPos);
    void showShelfMenu(const QPoint& localPos, const QPoint& globalPos);
    void fillCollectionMenu(QMenu& menu, const QList<qint64>& ids);
    void updateActions();
    bool report(const struct Failure& failure);

    Parts m_parts;
    QWidget* m_window;
    QTimer m_readTimer;
    qint64 m_opened = 0;
    QAction* m_properties;
    QAction* m_markRead;
    QAction* m_markUnread;
    QAction* m_star;
    QAction* m_trash;
    QAction* m_restore;
    QAction* m_emptyTrash;
    QAction* m_newCollection;
    QAction* m_backup;
};

} // namespace hamish
