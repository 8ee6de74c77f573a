#pragma once

#include "text/spansnap.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace hamish {

class RelationController;
class RelationListModel;
class RelationService;
struct RelationRow;

// The relations of the open article, or of the whole library, in a list filtered by type and by
// text (Arabic-aware: quotes, notes and titles are folded as search folds them). Enter or a
// double click opens the article at the relation; Delete deletes it (undoable).
class RelationPanel final : public QWidget
{
    Q_OBJECT

public:
    RelationPanel(RelationService& service, RelationController& controller, QWidget* parent = nullptr);

    void setArticle(qint64 articleId);
    QTreeView* view() const { return m_view; }
    QComboBox* scope() const { return m_scope; }
    QComboBox* typeFilter() const { return m_type; }
    QLineEdit* textFilter() const { return m_text; }
    int visibleCount() const;

signals:
    void relationRequested(qint64 articleId, TextSpan fromSpan);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void rebuildTypes();
    void applyFilter();
    const RelationRow* current() const;

    RelationService& m_service;
    RelationController& m_controller;
    qint64 m_articleId = 0;
    RelationListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_scope;
    QComboBox* m_type;
    QLineEdit* m_text;
    QTreeView* m_view;
};

} // namespace hamish
