#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace hamish {

class AnnotationService;
class BarChart;
class ChartWidget;
class Library;
class TimelineChart;

// The overview: entity types, top entities, annotations per article and the timeline, for
// the article being read or for the whole library. Each chart can be saved as a PNG.
class StatisticsView final : public QDialog
{
    Q_OBJECT

public:
    StatisticsView(Library& library, AnnotationService& annotations, QWidget* parent = nullptr);

    enum class Scope { Article, Library };
    void setArticle(qint64 id);
    void setScope(Scope scope);
    Scope scope() const;
    void refresh();

    QList<ChartWidget*> charts() const;
    BarChart* entityTypesChart() const { return m_types; }
    BarChart* topEntitiesChart() const { return m_entities; }
    BarChart* perArticleChart() const { return m_articles; }
    TimelineChart* timelineChart() const { return m_timeline; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshIfShown();
    QWidget* framed(ChartWidget* chart);
    void saveChart(ChartWidget* chart);

    Library& m_library;
    QComboBox* m_scope;
    QLabel* m_total;
    BarChart* m_types;
    BarChart* m_entities;
    BarChart* m_articles;
    TimelineChart* m_timeline;
    qint64 m_article = 0;
};

} // namespace hamish
