#pragma once

#include "annotations/annotation.h"
#include "annotations/schema.h"
#include "storage/article.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace hamish {

// An annotation as a file describes it, before it is placed in the library.
struct ParsedAnnotation
{
    AnnotationKind kind = AnnotationKind::Entity;
    qsizetype start = 0; // UTF-16 units of the document's canonical text
    qsizetype end = 0;
    QString typeCode; // entities
    QString colour;   // highlights
    QString note;
    QString entityName;                // the registry entity it identifies, if any
    QString extras;                    // JSON kept for exchange formats
    QMap<QString, QString> attributes; // attribute values by name
    QList<Reference> references;
    QString key; // the file's own id for it (T3), which relations and events refer to
    QString author;
    QDateTime created;
    QDateTime modified;
    int line = 0; // where it was read, for messages
};

// An annotation positioned by selectors (W3C), placed against an article found by source.
struct AnchoredAnnotation
{
    ParsedAnnotation annotation; // start/end unused until placed
    QString source;              // urn:hamish:sha256:HASH or a URL
    QString scope;
    qsizetype position = -1; // TextPositionSelector, code points
    qsizetype positionEnd = -1;
    QString exact, prefix, suffix;
    int line = 0;
};

// A relation between two annotations of a document, by their keys.
struct ParsedRelation
{
    QString typeCode;
    QString fromKey;
    QString toKey;
    QString note;
    QString extras;
    QString author;
    int line = 0;
};

struct ParsedEventArgument
{
    QString role;
    QString key; // an annotation's key, or an event's
};

struct ParsedEvent
{
    QString key; // E3
    QString type;
    QString triggerKey;
    QList<ParsedEventArgument> arguments;
    QString note;
    QString extras;
    int line = 0;
};

// A document label: the set's code and the label's.
struct ParsedLabel
{
    QString setCode;
    QString labelCode;
    QString author;
};

struct ParsedDocument
{
    Article article; // body is canonical; matched to the library by content hash
    QList<ParsedAnnotation> annotations;
    QList<ArticleNote> notes;
    QList<ParsedRelation> relations;
    QList<ParsedEvent> events;
    QList<ParsedLabel> labels;
};

struct ParsedAnnotations
{
    QList<ParsedDocument> documents;
    QList<AnchoredAnnotation> anchored;
    QList<ParsedRelation> anchoredRelations;               // W3C: by the annotations' ids in the file
    QList<std::pair<QString, ParsedLabel>> anchoredLabels; // W3C: the article's source, the label
    QMap<QString, int> unsupported;                        // what the file had that Hamish does not model, counted
    QStringList problems;                                  // what was read but could not be taken, one line each
    // Schema the file declares (a brat annotation.conf beside it): applied before the annotations.
    std::optional<AnnotationSchema> schema;
};

} // namespace hamish
