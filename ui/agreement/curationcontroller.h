#pragma once

#include "agreement/curation.h"

#include <QObject>

class QUndoStack;

namespace hamish {

class JobRunner;
class AnnotationService;
class RelationService;

// The curator's decisions as undoable steps: each is written at once by the core's Curation,
// pushed on the window's undo stack, and announced so that every view of the article follows.
class CurationController final : public QObject
{
    Q_OBJECT

public:
    CurationController(Library& library, AnnotationService& annotations, RelationService& relations,
                       QUndoStack& undoStack, QObject* parent = nullptr);

    void setCurator(const QString& curator) { m_curator = curator.trimmed().isEmpty() ? m_curator : curator.trimmed(); }
    QString curator() const { return m_curator; }
    Curation curation() const { return Curation(m_library, m_curator); }
    QUndoStack& undoStack() { return m_undoStack; }

    bool accept(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement, int side);
    bool decide(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement,
                const QList<Annotation>& spans);
    bool reject(qint64 articleId, const LayerComparison& comparison, const Disagreement& disagreement);
    // Everything the layers agree on, in these articles (empty: those all of them marked done).
    bool acceptAgreed(const QStringList& layers, const QList<qint64>& articles);

    // Counts resolved and remaining disagreements on a worker thread, in these articles (none:
    // the whole library); progressComputed() brings them.
    void computeProgress(JobRunner& jobs, const QList<qint64>& articles = {});

signals:
    void progressComputed(const QList<CurationCount>& counts, const QList<qint64>& articles);
    void errorOccurred(const QString& message);
    // A step was made, undone or redone in these articles.
    void curated(const QList<qint64>& articles);

private:
    bool push(Result<CurationStep> step, const QString& text);
    void announce(const CurationStep& step);

    Library& m_library;
    AnnotationService& m_annotations;
    RelationService& m_relations;
    QUndoStack& m_undoStack;
    QString m_curator = QStringLiteral("gold");
};

} // namespace hamish
