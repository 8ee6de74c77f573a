#pragma once

#include "network/entitynetwork.h"
#include "text/spansnap.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGraphicsView;
class QLabel;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace hamish {

class CollectionService;
class Job;
class Library;
class NetworkScene;
class SchemaService;

// View ▸ Network: the entities the relations connect, laid out by Graphviz off the window's
// thread. Filters: relation types, a collection, a range of published dates and how many of
// the most mentioned entities to show. Clicking an edge lists the sentences its relations were
// made in; activating one opens the article there. The picture saves as PNG or SVG, and the
// network exports as GraphML or GEXF.
class NetworkView final : public QDialog
{
    Q_OBJECT

public:
    NetworkView(Library& library, SchemaService& schema, CollectionService& collections, QWidget* parent = nullptr);
    ~NetworkView() override;

    // Builds and lays the network out again; shown() follows.
    void refresh();
    bool isWorking() const { return m_working != nullptr; }
    NetworkFilter filter() const;
    void setFilter(const NetworkFilter& filter);
    void setMaxNodes(int count);
    // Lists the evidence of an edge of the network shown.
    void showEvidence(int edge);

    NetworkScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }
    QListWidget* evidenceList() const { return m_evidence; }
    QLabel* summary() const { return m_summary; }
    QLabel* legend() const { return m_legend; }

    bool savePicture(const QString& path, QString& error) const; // .png or .svg
    bool exportGraph(const QString& path, QString& error) const; // .graphml or .gexf

signals:
    void shown();
    void evidenceRequested(qint64 articleId, hamish::TextSpan span);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    void refreshIfShown();
    void layOut(const std::shared_ptr<EntityNetwork>& network, quint64 generation);
    void choosePicturePath();
    void chooseGraphPath();
    void zoomBy(double factor);
    void showLegend(const EntityNetwork& network);

    Library& m_library;
    SchemaService& m_schema;
    CollectionService& m_collections;
    NetworkScene* m_scene;
    QGraphicsView* m_view;
    QToolButton* m_types;
    QComboBox* m_scope;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSpinBox* m_maxNodes;
    QLabel* m_summary;
    QLabel* m_legend;
    QListWidget* m_evidence;
    Job* m_working = nullptr;
    quint64 m_generation = 0;
    int m_totalNodes = 0;
    int m_totalEdges = 0;
    QStringList m_checkedTypes; // empty: every type
};

} // namespace hamish
