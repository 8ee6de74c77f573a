#pragma once

#include "agreement/layercomparison.h"
#include "annotations/schema.h"
#include "reader/annotationoverlay.h"
#include "services.h"

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hamish {

class CurationController;
class Library;
class ReaderView;

// What the view shows of one article: each side's tags, already framed.
struct PreparedComparison
{
    ArticleLayers layers;
    LayerComparison comparison;
    QList<Annotation> spans[2];
    QHash<qint64, SpanMark> marks[2];
    QList<Relation> relations[2];
};

// Two annotators' layers of one article side by side (the first on the right in a right-to-left
// window), each span framed by how it compares: agreeing, same span with another type, other
// boundaries, or only one made it. N and P step through the disagreements; 1 and 2 take the first
// or second annotator's side into the curator's gold layer, E puts a span of the curator's own
// there, X rejects both, A takes everything both agree on in the article. Every decision is one
// step on the window's undo stack.
class ComparisonView final : public QDialog
{
    Q_OBJECT

public:
    ComparisonView(const Services& services, CurationController& curation, QWidget* parent = nullptr);

    // Compares this pair, on `articleId` if both have worked on it, else on their first article.
    void comparePair(const QString& first, const QString& second, qint64 articleId = 0);
    void showArticle(qint64 articleId);
    qint64 article() const { return m_articleId; }

    bool goTo(int index);
    bool next() { return goTo(m_comparison.next(m_current, true)); }
    bool previous() { return goTo(m_comparison.next(m_current, false)); }
    bool acceptSide(int side);
    bool rejectBoth();
    // The curator's own span: the selection in either side (else the disagreement's extent) with this type.
    bool decideWithType(qint64 typeId);
    bool acceptAgreedInArticle();
    bool acceptAgreedInLibrary();

    const LayerComparison& comparison() const { return m_comparison; }
    int current() const { return m_current; }
    ReaderView* side(int index) const { return index == 0 ? m_first : m_second; }
    QLabel* counts() const { return m_counts; }
    QLabel* description() const { return m_description; }
    QComboBox* articles() const { return m_articles; }

    // The frame each standing gets, also shown in the legend.
    static SpanMark markOf(SpanMatch match);
    // `body` fills in the quotes of the tags, which are read without them; `before` >= 0: only
    // the tags that start before it (the first screen's, while the rest waits).
    static Result<PreparedComparison> prepare(Library& library, qint64 articleId, const QString& body,
                                              const QStringList& pair, const QString& curator, qsizetype before = -1);

signals:
    void errorOccurred(const QString& message);
    // The first screen's comparison is on screen, the rest still to come (a long article).
    void firstScreenCompared();
    // The article's comparison is on screen (after opening it, and after every change).
    void compared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void compareTheRest(quint64 generation);
    void fillAnnotators();
    void fillArticles();
    void refresh();
    void display(PreparedComparison prepared, bool complete = true);
    void paintSide(int index, PreparedComparison& prepared);
    void describe();
    QString describeSide(int index) const;
    QString typeCode(qint64 typeId) const;
    void editCurrent();
    QStringList pair() const;

    Services m_services;
    CurationController& m_curation;
    QComboBox* m_firstName;
    QComboBox* m_secondName;
    QComboBox* m_articles;
    QLineEdit* m_curator;
    QLabel* m_counts;
    QLabel* m_description;
    QLabel* m_firstTitle;
    QLabel* m_secondTitle;
    ReaderView* m_first;
    ReaderView* m_second;
    qint64 m_articleId = 0;
    QString m_body;
    ArticleLayers m_layers;
    LayerComparison m_comparison;
    AnnotationSchema m_schema;
    QList<EntityType> m_types;
    int m_current = -1;
    bool m_filling = false;
    quint64 m_generation = 0; // the opening whose whole comparison is awaited
    bool m_awaitingPaint = false;
};

} // namespace hamish
