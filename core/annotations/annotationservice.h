#pragma once

#include "annotations/annotation.h"
#include "dates/dateparser.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace hamish {

struct AnnotationSchema;

class Library;

// What the user asks for; the service checks it against the article and fills in the
// quote, the author and the times.
struct AnnotationDraft
{
    qint64 articleId = 0;
    AnnotationKind kind = AnnotationKind::Highlight;
    qsizetype start = 0; // UTF-16 units of the canonical body
    qsizetype end = 0;
    qint64 entityTypeId = 0;
    QString colour;
    QString note;
    qint64 entityId = 0; // link to a registry entity (entities only)
    QString extras;      // JSON kept for exchange formats
    // Set by importers that carry their own provenance.
    QString author;
    QDateTime created;
    QDateTime modified;
};

// Every annotation change, as a core workflow: validated, written in one transaction and
// committed before it returns (there is no Save), then announced. The UI's undo commands
// call these methods; bulk operations are one transaction and one announcement.
class AnnotationService final : public QObject
{
    Q_OBJECT

public:
    // `author` names whoever makes the changes (the app passes the preference or the OS user;
    // the core reads neither).
    explicit AnnotationService(Library& library, QString author = QStringLiteral("annotator"),
                               QObject* parent = nullptr);

    void setAuthor(const QString& author) { m_author = author; }
    // The Hijri calendar new DATE entities' values are read in (a preference; Umm al-Qura by default).
    void setHijriCalendar(DateCalendar calendar) { m_hijri = calendar; }
    QString author() const { return m_author; }

    // Checks a draft against the article body and fills in quote, author and times, without
    // writing anything: importers use it inside their own transaction.
    Result<Annotation> validate(const AnnotationDraft& draft, const QString& body);
    // Announces changes written by someone else (an importer) to the listeners.
    void announce(const QList<qint64>& articleIds);

    Result<Annotation> create(const AnnotationDraft& draft);
    // Creates all in one transaction, skipping any that is identical to an existing annotation.
    Result<QList<Annotation>> createMany(const QList<AnnotationDraft>& drafts);
    // Puts annotations back exactly as they were, ids included (undo of a removal).
    Status restore(const QList<Annotation>& annotations);
    Status remove(const QList<qint64>& ids);
    // Changes kind, type, colour or note; the span and quote never change.
    Result<Annotation> update(const Annotation& changed);
    Result<QList<Annotation>> annotations(qint64 articleId);
    Result<Annotation> annotation(qint64 id);
    // Sets a value of an attribute the annotation's entity type declares (a flag takes "true" or
    // "false", a choice one of its values, text anything but blanks); unset removes it.
    Result<Annotation> setAttribute(qint64 annotationId, const QString& name, const QString& value);
    Result<Annotation> unsetAttribute(qint64 annotationId, const QString& name);
    // All of an entity's attribute values at once, in one transaction: those left out are unset.
    Result<Annotation> setAttributes(qint64 annotationId, const QMap<QString, QString>& values);

    Result<QList<EntityType>> entityTypes();
    // The date expressions of an article, read against its day in the preferred Hijri calendar
    // (Annotate ▸ Find Dates; UTF-16 ranges).
    Result<QList<FoundDate>> findDates(qint64 articleId);
    Result<EntityType> addEntityType(const QString& code, const QString& nameAr, const QString& nameEn,
                                     const QString& colour);
    Status updateEntityType(const EntityType& type);
    // Moves a type to a new position; the others close up. Hotkeys follow positions.
    Status moveEntityType(qint64 id, int position);
    Status removeEntityType(qint64 id);

    Result<QList<ArticleNote>> articleNotes(qint64 articleId);
    Result<ArticleNote> addArticleNote(qint64 articleId, const QString& text);
    Result<ArticleNote> updateArticleNote(const ArticleNote& changed);
    Status removeArticleNote(const ArticleNote& note);
    Status restoreArticleNote(const ArticleNote& note);

signals:
    // Precise notices for views that update in place; annotationsChanged follows each of them
    // and is the only notice for other changes (imports).
    void annotationsAdded(qint64 articleId, const QList<Annotation>& added);
    void annotationsRemoved(qint64 articleId, const QList<qint64>& ids);
    void annotationUpdated(const Annotation& annotation);
    void annotationsChanged(qint64 articleId);
    void entityTypesChanged();
    void articleNotesChanged(qint64 articleId);

private:
    static Status checkAttribute(const Annotation& annotation, const AnnotationSchema& schema, const QString& name,
                                 const QString& value);
    Result<Annotation> prepare(const AnnotationDraft& draft, const QString& body);
    Result<QString> bodyOf(qint64 articleId);

    void announceAdded(const QList<Annotation>& added);

    Library& m_library;
    QString m_author;
    QHash<qint64, QString> m_bodies;      // a few bodies, kept until a new version replaces one
    QHash<qint64, QDate> m_referenceDays; // the day each kept body's relative dates count from
    DateCalendar m_hijri = DateCalendar::IslamicUmmAlQura;
};

} // namespace hamish
