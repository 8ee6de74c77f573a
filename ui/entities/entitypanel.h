#pragma once

#include "annotations/annotation.h"
#include "text/spansnap.h"

#include <QWidget>

class QListWidget;
class QTreeWidget;

namespace hamish {

class AnnotationController;
class AnnotationService;
class EntityRegistry;
class Library;

// The library's entities with their mention counts; the mentions of the chosen one as
// keyword-in-context lines, right to left; rename, retype, variants and merge; and the
// suggestions for the article being read.
class EntityPanel final : public QWidget
{
    Q_OBJECT

public:
    EntityPanel(Library& library, EntityRegistry& registry, AnnotationService& annotations,
                AnnotationController& controller, QWidget* parent = nullptr);

    QTreeWidget* entityList() const { return m_entities; }
    QListWidget* mentionList() const { return m_mentions; }
    QListWidget* suggestionList() const { return m_suggestions; }

    void showMentions(qint64 entityId);
    bool renameCurrent(const QString& name);
    bool retypeCurrent(qint64 typeId);
    bool mergeSelected();

public slots:
    void reload();
    void reloadSuggestions();

signals:
    void mentionRequested(qint64 articleId, TextSpan span);

private:
    qint64 currentEntity() const;
    QString typeCode(qint64 typeId) const;

    Library& m_library;
    EntityRegistry& m_registry;
    AnnotationService& m_annotations;
    AnnotationController& m_controller;
    QTreeWidget* m_entities;
    QListWidget* m_mentions;
    QListWidget* m_suggestions;
    QList<EntityType> m_types;
};

} // namespace hamish
