#pragma once

#include "formats/exportbundle.h"
#include "formats/writers.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace hamish {

class Library;

enum class ExportFormat { W3c, Brat, Conll, Jsonl, Csv, Markdown, Html };

// The names the CLI and the dialog use: w3c, brat, conll, jsonl, csv, markdown, html.
const QStringList& exportFormatNames();
bool exportFormatFromName(const QString& name, ExportFormat& format);
QString exportFormatSuffix(ExportFormat format); // "json", "" (a folder), "conll", ...

struct ExportOptions
{
    ConllScheme conllScheme = ConllScheme::IOB2;
    bool conllNested = false; // every entity covering a token, one tag each
    TypeMapping typeMapping;  // applied to brat and CoNLL type names
    ArticleScope scope;       // what "the whole library" means: a collection, or all of it
    QStringList annotators;   // only these annotators' layers; empty: all of them
};

// Writes one article, a selection or the whole library (ids empty) in a format. Files are
// written whole or not at all (QSaveFile); the library is only read.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(Library& library)
        : m_library(library)
    {
    }

    // What was written, and what the format could not hold, counted.
    Result<ExportSummary> exportTo(ExportFormat format, const QList<qint64>& articleIds, const QString& outPath,
                                   const ExportOptions& options = {}, const JobControl& control = {});

    // Where one annotator's layer goes when several are exported to brat (a folder each, inside
    // outPath) or CoNLL (a file each, the name before the suffix: out.reem.conll).
    static QString layerPath(ExportFormat format, const QString& outPath, const QString& annotator);

private:
    Result<ExportSummary> exportLayers(ExportFormat format, const ExportBundle& bundle, const QStringList& layers,
                                       const QString& outPath, const ExportOptions& options);

    Library& m_library;
};

} // namespace hamish
