#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace hamish {

class Library;

// Where an annotator stands with an article: not started (nothing of theirs in it), in progress
// (something of theirs, not marked done), or done.
enum class WorkState { NotStarted, InProgress, Done };

struct ArticleProgress
{
    QString annotator;
    qint64 articleId = 0;
    WorkState state = WorkState::NotStarted;
};

// The annotators' work on articles: marking an article done (or not) for an annotator, and every
// annotator's started and finished articles. An annotator is anyone who wrote an annotation, a
// relation, a document label or an article note, or marked an article done.
class AnnotatorProgress
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatorProgress)

public:
    explicit AnnotatorProgress(Library& library)
        : m_library(library)
    {
    }

    static QString stateName(WorkState state); // "not started", "in progress", "done"

    Status setDone(qint64 articleId, const QString& annotator, bool done);
    WorkState state(qint64 articleId, const QString& annotator);
    // Every started (annotator, article), in progress or done, by annotator then article.
    Result<QList<ArticleProgress>> started();
    Result<QSet<qint64>> doneBy(const QString& annotator);
    // Everyone who has written anything or finished an article, sorted.
    Result<QStringList> annotators();

private:
    Library& m_library;
};

} // namespace hamish
