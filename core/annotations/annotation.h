#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hamish {

enum class AnnotationKind { Highlight, Entity, Note };

QString kindName(AnnotationKind kind); // "highlight", "entity", "note"
bool kindFromName(const QString& name, AnnotationKind& kind);

// An external id an annotation or a registry entity is normalised to (brat's N lines):
// resource "Wikidata", identifier "Q1234", and the name the resource gives it.
struct Reference
{
    QString resource;
    QString identifier;
    QString label;

    bool operator==(const Reference&) const = default;
};

// A span of an article's canonical body. start and end are UTF-16 code units, end exclusive;
// the CLI and the exporters convert to the unit they document.
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    AnnotationKind kind = AnnotationKind::Highlight;
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    qint64 entityTypeId = 0; // entities only
    qint64 entityId = 0;     // the registry entity an entity tag links to, if any
    QString extras;          // JSON object kept for exchange formats (brat notes, CoNLL I- starts), usually empty
    // Values of the attributes its entity type declares (negated, speculative, role…), by name.
    QMap<QString, QString> attributes;
    QList<Reference> references;
    QString colour; // highlights only: a name from highlightColourNames()
    QString note;   // any kind may carry one; a Note is a span with only a note
    QString author;
    QDateTime created;
    QDateTime modified;

    // The same span and meaning in the same annotator's layer (another annotator's identical
    // tag is their own, for agreement).
    bool sameSpanAndMeaning(const Annotation& other) const;
};

// A canonical entity of the registry: the name tags link to, with its other spellings.
struct Entity
{
    qint64 id = 0;
    QString name;
    qint64 entityTypeId = 0;
    QString note;
    QStringList variants;
    int mentionCount = 0; // linked annotations
};

// A note on a whole article.
struct ArticleNote
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString text;
    QString author;
    QDateTime created;
    QDateTime modified;
};

struct EntityType
{
    qint64 id = 0;
    QString code; // PER, ORG, LOC, MISC, DATE, EVENT, or the user's own
    QString nameAr;
    QString nameEn;
    QString colour; // #rrggbb
    int position = 0;

    // Keys 1–9 tag with the type in that position.
    int hotkey() const { return position < 9 ? position + 1 : 0; }
};

// The highlight colours, by the English names the CLI uses, with their marker colour.
const QStringList& highlightColourNames();
QString highlightColourValue(const QString& name); // #rrggbb, empty if unknown

} // namespace hamish
