#pragma once

#include "jobs/jobcontrol.h"
#include "result.h"
#include "storage/article.h"
#include "text/spansnap.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hamish {

class Library;

struct MentionHit
{
    qint64 articleId = 0;
    QString articleTitle;
    TextSpan span;  // UTF-16 units of the article's body
    QString text;   // the mention as written
    QString before; // context for keyword-in-context display
    QString after;
    bool alreadyTagged = false; // an entity tag of the type is already on this span
};

struct Suggestion
{
    qint64 entityId = 0;
    qint64 entityTypeId = 0;
    TextSpan span;
    QString text;
    bool fromModel = false; // the recommender's, rather than a known entity's
    double confidence = 1;  // the model's, 0–1
    bool fromDates = false; // a date expression Annotate ▸ Find Dates found (issue 19)
};

// Finds mentions of names across one article or the whole library (tag all occurrences),
// and the untagged mentions of the registry's entities in an article (suggestions).
// It only reads; tagging goes through AnnotationService.
class MentionSearch
{
    Q_DECLARE_TR_FUNCTIONS(MentionSearch)

public:
    explicit MentionSearch(Library& library)
        : m_library(library)
    {
    }

    // articleId 0 searches the library (or the scope's collection), the Trash excluded; the
    // full-text index narrows the articles first. Runs on any thread with its own connection.
    Result<QList<MentionHit>> findAll(const QStringList& names, qint64 typeId, qint64 articleId,
                                      const ArticleScope& scope = {}, const JobControl& control = {});
    Library& library() { return m_library; }
    // Untagged mentions of known entities in the article, minus the suggestions rejected there.
    Result<QList<Suggestion>> suggestions(qint64 articleId);

private:
    Result<QList<qint64>> candidateArticles(const QStringList& names, const ArticleScope& scope);
    Library& m_library;
};

} // namespace hamish
