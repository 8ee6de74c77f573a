#pragma once

#include "annotations/annotation.h"
#include "result.h"
#include "text/spansnap.h"

#include <QCoreApplication>
#include <QObject>

namespace hamish {

class Library;

// The library's canonical entities: a name, a type, spellings that mean the same (variants)
// and a note. Entity tags link to them; the registry renames, retypes and merges them, and
// remembers the suggestions a user turned down.
class EntityRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit EntityRegistry(Library& library, QObject* parent = nullptr);

    Result<QList<Entity>> entities();
    Result<Entity> entity(qint64 id);
    // The entity of this type whose name or a variant reads the same (after the search fold),
    // or a new one.
    Result<Entity> resolve(const QString& name, qint64 typeId);
    Status rename(qint64 id, const QString& name); // the old name stays as a variant
    Status retype(qint64 id, qint64 typeId);       // its tags follow
    Status setVariants(qint64 id, const QStringList& variants);
    Status setNote(qint64 id, const QString& note);
    // Moves the tags, names and variants of `others` to `into` and deletes them.
    Status merge(qint64 into, const QList<qint64>& others);
    Result<QList<Annotation>> mentions(qint64 id);

    Status rejectSuggestion(qint64 articleId, qint64 entityId, TextSpan span);
    Result<QList<std::pair<qint64, TextSpan>>> rejectedSuggestions(qint64 articleId);

signals:
    void entitiesChanged();
    void suggestionRejected(qint64 articleId);

private:
    Status change(qint64 id, const std::function<void(Entity&)>& edit);

    Library& m_library;
};

// The registry's one matching rule, for tagging and for imports alike: the entity of this type
// whose name or a variant reads the same after the search fold (harakat, hamza forms, spacing).
const Entity* findEntityNamed(const QList<Entity>& entities, const QString& name, qint64 typeId);

// The name a tagged span stands for: the quote, without the proclitics before an ال word
// (والسعودية → السعودية, للسعودية → السعودية). Other words are taken as they are, since
// بريطانيا or لبنان begin with letters that are no proclitics.
QString entityNameFor(const QString& quote);

} // namespace hamish
