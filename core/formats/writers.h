#pragma once

#include "formats/exportbundle.h"
#include "formats/typemapping.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <functional>

namespace hamish {

// The writers append to a device article by article, so an export never holds its whole output;
// a device that fails to write (a full disk) is reported by whoever commits it (QSaveFile).

enum class ConllScheme { IOB2, IOB1 };

struct ConllOptions
{
    ConllScheme scheme = ConllScheme::IOB2;
    TypeMapping mapping;
    // Every entity covering a token, one tag each (`الأسد I-ORG B-PERS`, as Wojood has them);
    // otherwise the outermost only, and the nested ones are counted as left out.
    bool nested = false;
};

// W3C Web Annotation JSON-LD: an AnnotationCollection whose first AnnotationPage is embedded
// and whose other pages (one per article) follow in "@included". Offsets in TextPositionSelector
// are Unicode code points, as the model requires.
void writeW3c(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary);
// CoNLL: TOKEN TAG lines (TOKEN TAG TAG... when nested), a blank line between sentences, "-DOCSTART- O" before each
// article when there are several. The unit is the token.
void writeConll(const ExportBundle& bundle, const ConllOptions& options, QIODevice& out, ExportSummary& summary);
// JSON Lines, one article a line, doccano-compatible: "text", "label" [[start, end, TYPE]] in
// code points ("offset_unit": "codepoint"), and the full annotations under "hamish".
void writeJsonl(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary);
// CSV, UTF-8 with a BOM, one row per annotation; start_cp and end_cp count code points.
void writeCsv(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary);
void writeMarkdown(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary);
void writeHtml(const ExportBundle& bundle, QIODevice& out, ExportSummary& summary);

// brat standoff: NAME.txt (the canonical body) and NAME.ann per article, plus annotation.conf.
struct BratFile
{
    QString name;
    QByteArray content;
};
// Each file goes to `write` as it is made; false from it stops the export.
using BratFileSink = std::function<bool(const BratFile& file)>;
void writeBrat(const ExportBundle& bundle, const TypeMapping& mapping, const BratFileSink& write,
               ExportSummary& summary);

// A cell or line that a spreadsheet would take for a formula is prefixed with '.
QString neutraliseFormula(const QString& cell);

} // namespace hamish
