#pragma once

#include "annotations/annotation.h"
#include "annotations/relation.h"
#include "result.h"
#include "undo/changecommand.h"

#include <QUndoCommand>

#include <functional>

namespace hamish {

class AnnotationService;
class RelationService;

// Undoable annotation changes. Each command is pushed after its change was already made
// and committed (so a failure is reported before anything reaches the stack); its first
// redo() therefore does nothing. Undo and redo go through AnnotationService, so every step
// is committed at once as well.
class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationService& service, ErrorSink onError, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    AnnotationService& service() { return m_service; }

private:
    AnnotationService& m_service;
    ErrorSink m_onError;
    bool m_alreadyApplied = true;
};

// Added annotations, one or many (tag all occurrences is one step).
class AddAnnotationsCommand final : public AnnotationCommand
{
public:
    AddAnnotationsCommand(AnnotationService& service, ErrorSink onError, QList<Annotation> added, const QString& text);

private:
    Status apply() override;
    Status revert() override;
    QList<Annotation> m_added;
};

// Removed annotations, with the relations that went with them (undo puts both back).
class RemoveAnnotationsCommand final : public AnnotationCommand
{
public:
    RemoveAnnotationsCommand(AnnotationService& service, ErrorSink onError, QList<Annotation> removed,
                             const QString& text, RelationService* relations = nullptr,
                             QList<Relation> removedRelations = {});

private:
    Status apply() override;
    Status revert() override;
    QList<Annotation> m_removed;
    RelationService* m_relations;
    QList<Relation> m_removedRelations;
};

class ChangeAnnotationCommand final : public AnnotationCommand
{
public:
    ChangeAnnotationCommand(AnnotationService& service, ErrorSink onError, Annotation before, Annotation after,
                            const QString& text);

private:
    Status apply() override;
    Status revert() override;
    Annotation m_before;
    Annotation m_after;
};

// Adding, changing or removing a note on the whole article: before or after may be empty (id 0).
class ArticleNoteCommand final : public AnnotationCommand
{
public:
    ArticleNoteCommand(AnnotationService& service, ErrorSink onError, ArticleNote before, ArticleNote after,
                       const QString& text);

private:
    Status apply() override;
    Status revert() override;
    Status change(const ArticleNote& from, const ArticleNote& to);
    ArticleNote m_before;
    ArticleNote m_after;
};

} // namespace hamish
