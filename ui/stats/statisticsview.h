#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace hamish {

class AnnotationService;
class BarChart;
class CollectionService;
class Job;
class ChartWidget;
class Library;
class TimelineChart;

// The overview: entity types, top entities, annotations per article and the timeline, for
// the article being read, the whole library or one collection. The counting runs on a worker
// thread with its own connection (a library of a hundred thousand annotations takes a moment);
// a newer question replaces one still being counted. Each chart can be saved as a PNG.
class StatisticsView final : public QDialog
{
    Q_OBJECT

public:
    StatisticsView(Library& library, AnnotationService& annotations, CollectionService& collections,
                   QWidget* parent = nullptr);
    ~StatisticsView() override;

    enum class Scope { Article, Library, Collection };
    void setArticle(qint64 id);
    void setScope(Scope scope, qint64 collectionId = 0);
    Scope scope() const;
    // Starts counting; counted() follows.
    void refresh();
    bool isCounting() const { return m_counting != nullptr; }
    // Counts again when shown (something counted changed).
    void refreshIfShown();

    QList<ChartWidget*> charts() const;
    BarChart* entityTypesChart() const { return m_types; }
    BarChart* topEntitiesChart() const { return m_entities; }
    BarChart* perArticleChart() const { return m_articles; }
    TimelineChart* timelineChart() const { return m_timeline; }
    TimelineChart* mentionedDatesChart() const { return m_mentioned; }
    BarChart* labelChart() const { return m_labels; }
    BarChart* relationChart() const { return m_relationTypes; }

signals:
    void counted();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillScopes();
    void display(const struct AnnotationStatistics& stats);
    QWidget* framed(ChartWidget* chart);
    void saveChart(ChartWidget* chart);

    Library& m_library;
    CollectionService& m_collections;
    QComboBox* m_scope;
    QLabel* m_total;
    BarChart* m_types;
    BarChart* m_entities;
    BarChart* m_articles;
    TimelineChart* m_timeline;
    TimelineChart* m_mentioned; // the dates the DATE entities mention (issue 19)
    BarChart* m_labels;
    BarChart* m_relationTypes;
    qint64 m_article = 0;
    Job* m_counting = nullptr;
};

} // namespace hamish
