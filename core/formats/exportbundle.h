#pragma once

#include "annotations/annotation.h"
#include "annotations/schema.h"
#include "formats/exportdocuments.h"
#include "jobs/jobcontrol.h"
#include "result.h"
#include "storage/article.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>

namespace hamish {

class Library;

// Everything an export writes: what every article shares, read once, and the articles, read a
// few at a time as a writer walks them.
struct ExportBundle
{
    const JobControl* control = nullptr;
    mutable bool cancelled = false;
    // Writers call this per article with the articles done; false (and cancelled set) once the
    // user has stopped.
    bool report(int done) const
    {
        if (!control)
            return true;
        control->report(done, documents.size());
        cancelled = cancelled || control->isCancelled();
        return !cancelled;
    }

    ExportDocuments documents;
    QList<EntityType> types;
    QHash<qint64, EntityType> typesById;
    QHash<qint64, QString> entityNames; // registry names by entity id
    AnnotationSchema schema;            // relation types, attributes and label sets too

    QString typeCode(qint64 typeId) const { return typesById.value(typeId).code; }
    QString relationTypeCode(qint64 typeId) const;
    // "SET", "LABEL" of a label id.
    std::pair<QString, QString> labelCodes(qint64 labelId) const;
};

// What an export wrote, and what its format could not hold, counted: nothing is left out silently.
struct ExportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ExportSummary)

public:
    int articles = 0;
    int annotations = 0;
    int relations = 0;
    QMap<QString, int> leftOut; // what (translated, plural) → how many

    void leaveOut(const QString& what, int count)
    {
        if (count > 0)
            leftOut[what] += count;
    }
    // "left out: 3 nested or crossing entities, 2 relations", or empty.
    QString leftOutText() const;

    // The words for what a format leaves out, shared by the writers.
    static QString nestedEntities() { return tr("nested or crossing entities"); }
    static QString relationsWord() { return tr("relations"); }
    static QString eventsWord() { return tr("events"); }
    static QString attributesWord() { return tr("attribute values"); }
    static QString referencesWord() { return tr("references"); }
    static QString labelsWord() { return tr("document labels"); }
    static QString highlightsWord() { return tr("highlights"); }
    static QString notesWord() { return tr("notes"); }
    static QString articleNotesWord() { return tr("article notes"); }
    static QString registryLinksWord() { return tr("registry links"); }
    static QString fragmentsWord() { return tr("discontinuous spans (written whole)"); }
};

// The annotators whose layers a bundle holds (annotations, relations, labels, notes), sorted;
// empty, with the bundle's documents' error set, when they could not be read.
QStringList annotatorsOf(const ExportBundle& bundle);
// The bundle with one annotator's layer only.
ExportBundle layerOf(const ExportBundle& bundle, const QString& annotator);

// The articles (those of the scope when ids is empty: the library or one collection, never the
// Trash) with their annotations and notes, read as the documents are walked. An article whose
// body is not read has an empty body and no code-point index. `annotators`: only these layers
// (annotations, relations, labels, notes, and the events whose trigger is kept); empty: every
// layer.

Result<ExportBundle> loadExportBundle(Library& library, const QList<qint64>& articleIds,
                                      ExportBodies bodies = ExportBodies::All, const ArticleScope& scope = {},
                                      const QStringList& annotators = {});

} // namespace hamish
