#pragma once

#include "formats/parsedannotations.h"
#include "result.h"

#include <QCoreApplication>

namespace hamish {

// Readers for annotation files. They only parse: every error names the file and the line, and
// nothing is written until AnnotationImportService applies the whole file in one transaction.
class AnnotationReaders
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationReaders)

public:
    // brat standoff: PATH.ann with PATH.txt beside it; offsets are code points of the .txt.
    static Result<ParsedAnnotations> readBrat(const QString& annPath);
    // CoNLL TOKEN TAG... lines, IOB1 or IOB2; one article per file, tokens joined by spaces. A token
    // may carry several tags (Wojood's nested entities: `الأسد I-ORG B-PERS`). A malformed tag, or
    // a type that cannot be a type name, refuses the file; when `lenient`, it is read as O and
    // reported in `problems`.
    static Result<ParsedAnnotations> readConll(const QString& path, bool lenient = false);
    // doccano-style JSON Lines ("text" with "label" or "entities"; "hamish" when we wrote it).
    static Result<ParsedAnnotations> readJsonl(const QString& path);
    // W3C Web Annotation JSON: a collection, a page, an annotation or an array of them.
    static Result<ParsedAnnotations> readW3c(const QString& path);
};

// A text made canonical (no BOM, LF line ends) with, for each code point of the original,
// its UTF-16 offset in the canonical text; the last entry is the canonical length.
struct CanonicalMap
{
    QString text;
    QList<qsizetype> fromCodePoint;
};
CanonicalMap canonicalWithMap(const QString& raw);

} // namespace hamish
