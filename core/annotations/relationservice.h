#pragma once

#include "annotations/relation.h"
#include "annotations/schema.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

namespace hamish {

class Library;

struct RelationDraft
{
    qint64 fromId = 0; // entity annotations of one article
    qint64 toId = 0;
    qint64 typeId = 0;
    QString note;
    QString extras;
    QString author; // importers carry their own; else the service's
};

// Relations between entity annotations, and the labels set on whole articles, as core workflows:
// checked, committed in one transaction before they return, then announced. Deleting an
// annotation deletes its relations with it (the database cascades); undo puts them back with
// restore().
class RelationService final : public QObject
{
    Q_OBJECT

public:
    explicit RelationService(Library& library, QString author = QStringLiteral("annotator"), QObject* parent = nullptr);

    void setAuthor(const QString& author) { m_author = author; }
    QString author() const { return m_author; }

    // Refused when the ends are not two entity annotations of one article, the type is unknown,
    // or the type's allowed entity types forbid it; a relation that exists already is refused too.
    Result<Relation> create(const RelationDraft& draft);
    // Checks a draft without writing (importers use it inside their own transaction). An import
    // keeps what the file says, a relation of an annotation with itself (brat's `* Equiv T63 T63`)
    // or one its type's allowed entity types forbid, and reports the latter itself; the window
    // and the CLI never make either.
    enum class Check { Strict, Import };
    Result<Relation> validate(const RelationDraft& draft, const QList<Annotation>& articleAnnotations,
                              const AnnotationSchema& schema, Check check = Check::Strict);
    Status remove(const QList<qint64>& ids);
    // Puts relations back exactly as they were, ids included (undo).
    Status restore(const QList<Relation>& relations);
    // Changes the type or the note.
    Result<Relation> update(const Relation& changed);
    Result<Relation> relation(qint64 id);
    Result<QList<Relation>> relations(qint64 articleId);
    Result<qint64> count(qint64 articleId);
    // For lists: with quotes and titles (articleId 0: every article not in the Trash).
    Result<QList<RelationRow>> rows(qint64 articleId);
    Result<QList<Relation>> touching(const QList<qint64>& annotationIds);
    Result<QList<Event>> events(qint64 articleId);

    // Sets a label of a set on an article; in a single-choice set it replaces the annotator's
    // other label of that set.
    Status setLabel(qint64 articleId, qint64 labelId);
    Status unsetLabel(qint64 articleId, qint64 labelId);
    Result<QList<ArticleLabel>> labels(qint64 articleId);

    // Announces changes written by someone else (an importer).
    void announce(qint64 articleId) { emit relationsChanged(articleId); }
    void announceLabels(qint64 articleId) { emit labelsChanged(articleId); }

signals:
    void relationsChanged(qint64 articleId);
    void labelsChanged(qint64 articleId);

private:
    Library& m_library;
    QString m_author;
};

} // namespace hamish
