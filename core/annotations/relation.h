#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hamish {

// A kind of relation between two entity annotations: member of, located in, met, said. A
// symmetric one (met) keeps its ends as given but means the same both ways. Empty type lists
// allow any entity type at that end.
struct RelationType
{
    qint64 id = 0;
    QString code; // MEMBER_OF, LOCATED_IN, …
    QString nameAr;
    QString nameEn;
    QString colour; // #rrggbb
    bool directed = true;
    QStringList sourceTypes; // entity type codes allowed at the "from" end
    QStringList targetTypes;
    int position = 0;

    // Keys 1–9 finish a link with the type in that position.
    int hotkey() const { return position < 9 ? position + 1 : 0; }
    bool allows(const QString& fromType, const QString& toType) const;
};

// A relation between two entity annotations of one article.
struct Relation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 typeId = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    QString note;
    QString extras; // JSON kept for exchange formats (brat argument names, equivalence groups)
    QString author;
    QDateTime created;
    QDateTime modified;
};

// A relation as a list shows it: with its ends' quotes and places and its article's title.
struct RelationRow
{
    Relation relation;
    QString fromQuote;
    QString toQuote;
    qsizetype fromStart = 0; // UTF-16 units of the article body
    qsizetype fromEnd = 0;
    QString articleTitle;
};

// An event as brat has it: a trigger annotation with typed arguments, each an annotation or
// another event. Kept for the exchange formats; the reader draws its arguments as links.
struct EventArgument
{
    QString role;
    qint64 annotationId = 0; // or
    qint64 eventId = 0;
};

struct Event
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 triggerId = 0;
    QString type;
    QString note;
    QString extras; // JSON kept for brat: attributes and modifiers set on the event
    int position = 0;
    QList<EventArgument> arguments;
};

} // namespace hamish
