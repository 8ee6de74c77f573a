#pragma once

#include "formats/exportbundle.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace hamish {

// Type names between conventions (PER → PERS); unmapped codes pass through.
using TypeMapping = QHash<QString, QString>;

enum class ConllScheme { IOB2, IOB1 };

// W3C Web Annotation JSON-LD: an AnnotationCollection whose first AnnotationPage is embedded
// and whose other pages (one per article) follow in "@included". Offsets in TextPositionSelector
// are Unicode code points, as the model requires.
QByteArray writeW3c(const ExportBundle& bundle);
// CoNLL: TOKEN TAG lines, a blank line between sentences, "-DOCSTART- O" before each article
// when there are several. The unit is the token.
QByteArray writeConll(const ExportBundle& bundle, ConllScheme scheme, const TypeMapping& mapping);
// JSON Lines, one article a line, doccano-compatible: "text", "label" [[start, end, TYPE]] in
// code points ("offset_unit": "codepoint"), and the full annotations under "hamish".
QByteArray writeJsonl(const ExportBundle& bundle);
// CSV, UTF-8 with a BOM, one row per annotation; start_cp and end_cp count code points.
QByteArray writeCsv(const ExportBundle& bundle);
QByteArray writeMarkdown(const ExportBundle& bundle);
QByteArray writeHtml(const ExportBundle& bundle);

// brat standoff: NAME.txt (the canonical body) and NAME.ann per article, plus annotation.conf.
struct BratFile
{
    QString name;
    QByteArray content;
};
QList<BratFile> writeBrat(const ExportBundle& bundle, const TypeMapping& mapping);

// A cell or line that a spreadsheet would take for a formula is prefixed with '.
QString neutraliseFormula(const QString& cell);

} // namespace hamish
