#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace hamish {

class LibraryFilterProxy;
class LibraryModel;

// The list of articles with its filter box.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(LibraryModel& model, QWidget* parent = nullptr);

    void selectArticle(qint64 id);
    void selectFirst();
    qint64 currentArticle() const;
    QList<qint64> selectedArticles() const;
    QTreeView* tree() const { return m_tree; }
    QLineEdit* filterBox() const { return m_filter; }

signals:
    void articleSelected(qint64 id);

private:
    void onCurrentChanged();
    void selectPendingArticle();

    LibraryModel& m_model;
    LibraryFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    qint64 m_pendingSelection = 0;
    bool m_quietSelection = false;
};

} // namespace hamish
