#pragma once

#include "annotations/annotation.h"
#include "jobs/jobcontrol.h"
#include "result.h"
#include "storage/article.h"

#include <QHash>
#include <QList>

#include <functional>

namespace hamish {

class Library;

// An article with its annotations, and code-point offsets for its body.
struct ExportDocument
{
    Article article;
    QList<Annotation> annotations; // text order
    QList<ArticleNote> notes;

    // Code points before UTF-16 offset `utf16` of the body (a surrogate pair counts once, at
    // its second unit).
    qsizetype codePoint(qsizetype utf16) const;
    void indexCodePoints();

private:
    // Code points before each block of BlockSize units: a small index (an eighth of a
    // pointer per character) instead of one entry per character.
    static constexpr qsizetype BlockSize = 64;
    QList<qsizetype> m_blockStarts;
};

// Everything an export writes, read once.
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

    QList<ExportDocument> documents;
    QList<EntityType> types;
    QHash<qint64, EntityType> typesById;
    QHash<qint64, QString> entityNames; // registry names by entity id

    QString typeCode(qint64 typeId) const { return typesById.value(typeId).code; }
};

// Which article bodies an export reads: formats that carry the text need all of them, those
// that give code-point offsets only the bodies their annotations sit in, reports none.
enum class ExportBodies { All, Annotated, None };

// Reads the articles (those of the scope when ids is empty: the library or one collection, never
// the Trash) with their annotations and notes. An article whose body is not read has an empty
// body and no code-point index.
Result<ExportBundle> loadExportBundle(Library& library, const QList<qint64>& articleIds,
                                      ExportBodies bodies = ExportBodies::All, const ArticleScope& scope = {});

} // namespace hamish
