#pragma once

#include "annotations/annotation.h"
#include "storage/article.h"

#include <QDateTime>
#include <QMap>

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
    QString entityName; // the registry entity it identifies, if any
    QString extras;     // JSON kept for exchange formats
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

struct ParsedDocument
{
    Article article; // body is canonical; matched to the library by content hash
    QList<ParsedAnnotation> annotations;
    QList<ArticleNote> notes;
};

struct ParsedAnnotations
{
    QList<ParsedDocument> documents;
    QList<AnchoredAnnotation> anchored;
    QMap<QString, int> unsupported; // what the file had that Hamish does not model, counted
};

} // namespace hamish
