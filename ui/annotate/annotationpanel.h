#pragma once

#include "annotations/annotation.h"
#include "text/spansnap.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTreeView;

namespace hamish {

class AnnotationController;
class AnnotationListModel;
class AnnotationService;
class RelationController;
struct Relation;

// The side panel: the article's annotations in text order and its relations, filtered by kind
// and type, with jump, note and attribute editing and deletion; and the notes on the whole
// article.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT

public:
    AnnotationPanel(AnnotationService& service, AnnotationController& controller, RelationController& relations,
                    QWidget* parent = nullptr);

    void setArticle(qint64 articleId);
    QTreeView* view() const { return m_view; }
    QComboBox* filter() const { return m_filter; }
    QListWidget* articleNotes() const { return m_notes; }
    int visibleCount() const;

signals:
    void jumpRequested(TextSpan span);

private:
    void reload();
    void reloadNotes();
    void rebuildFilter(const QList<EntityType>& types);
    void reloadRelations();
    const Annotation* current() const;
    const Relation* currentRelation() const;
    const ArticleNote* currentNote() const;

    AnnotationService& m_service;
    AnnotationController& m_controller;
    RelationController& m_relations;
    qint64 m_articleId = 0;
    AnnotationListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_filter;
    QTreeView* m_view;
    QLabel* m_hint;
    QListWidget* m_notes;
    QList<ArticleNote> m_noteList;
};

} // namespace hamish
