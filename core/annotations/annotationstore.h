#pragma once

#include "annotations/annotation.h"
#include "result.h"

#include <QList>

namespace hamish {

class Database;

// SQL for annotations, entity types and article notes. Writes are expected inside the
// caller's transaction; AnnotationService is the one writer.
class AnnotationStore
{
public:
    explicit AnnotationStore(Database& db)
        : m_db(db)
    {
    }

    // Inserts, with its attribute values and references; keeps annotation.id when it is set
    // (undo restores an annotation as it was).
    Result<qint64> insert(const Annotation& annotation);
    Status setAttribute(qint64 id, const QString& name, const QString& value);
    Status removeAttribute(qint64 id, const QString& name);
    Status update(const Annotation& annotation);
    Status remove(qint64 id);
    Result<Annotation> annotation(qint64 id);
    // Annotations of an article that cover exactly [start, end).
    Result<QList<Annotation>> atSpan(qint64 articleId, qsizetype start, qsizetype end);
    // In text order. articleId 0 means every article not in the Trash.
    Result<QList<Annotation>> forArticle(qint64 articleId);
    // Of up to idlist::Size articles, by article and in text order within each (exports read
    // a library a few articles at a time).
    Result<QList<Annotation>> forArticles(const QList<qint64>& articleIds);
    // An article's entity tags with only their place, type, registry entity and annotator (no
    // quote, note, times or attributes), in text order: for views that compare whole layers.
    // `before` >= 0: only those that start before it (what the first screen shows).
    Result<QList<Annotation>> entitySpans(qint64 articleId, qsizetype before = -1);
    // The same of up to idlist::Size articles, by article and in text order within each.
    Result<QList<Annotation>> entitySpansOf(const QList<qint64>& articleIds);

    Result<QList<EntityType>> entityTypes();
    Result<qint64> insertEntityType(const EntityType& type);
    Status updateEntityType(const EntityType& type);
    Status removeEntityType(qint64 id);

    Result<qint64> insertArticleNote(const ArticleNote& note);
    Status updateArticleNote(const ArticleNote& note);
    Status removeArticleNote(qint64 id);
    Result<QList<ArticleNote>> articleNotes(qint64 articleId);
    // Of up to idlist::Size articles, by article.
    Result<QList<ArticleNote>> articleNotesOf(const QList<qint64>& articleIds);

private:
    Status writeDetails(qint64 id, const Annotation& annotation);
    // Fills in the attribute values and references of annotations of these articles (none: any).
    Status readDetails(QList<Annotation>& annotations, const QList<qint64>& articleIds);

    Database& m_db;
};

} // namespace hamish
