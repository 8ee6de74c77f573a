#pragma once

#include <QWidget>

class QLineEdit;
class QSplitter;
class QTableView;

namespace hamish {

class CollectionService;
class Library;
class LibraryFilterBar;
class LibraryFilterProxy;
class LibraryModel;
class ShelfTree;
struct Shelf;

// The shelves (library, collections, Trash) above the filters and the list of articles.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    LibraryView(LibraryModel& model, Library& library, CollectionService& collections, QWidget* parent = nullptr);

    void selectArticle(qint64 id);
    void selectFirst();
    qint64 currentArticle() const;
    QList<qint64> selectedArticles() const;
    QTableView* list() const { return m_list; }
    QLineEdit* filterBox() const;
    LibraryFilterBar* filterBar() const { return m_filterBar; }
    ShelfTree* shelves() const { return m_shelves; }
    LibraryFilterProxy* proxy() const { return m_proxy; }
    // The collection shown, or 0 for the library or the Trash.
    qint64 currentCollection() const;
    bool showsTrash() const;

signals:
    void articleSelected(qint64 id);
    // A right click on the list (global position).
    void listMenuRequested(const QPoint& globalPos);
    void shelfMenuRequested(const QPoint& localPos, const QPoint& globalPos);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitRowHeight();
    void onCurrentChanged();
    void selectPendingArticle();
    void showShelf(const Shelf& shelf);

    LibraryModel& m_model;
    Library& m_library;
    LibraryFilterProxy* m_proxy;
    ShelfTree* m_shelves;
    LibraryFilterBar* m_filterBar;
    QTableView* m_list;
    qint64 m_pendingSelection = 0;
    bool m_quietSelection = false;
};

} // namespace hamish
