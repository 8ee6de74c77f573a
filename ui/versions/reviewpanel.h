#pragma once

#include "versions/versionstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hamish {

// The review queue of the open article: the annotations a new version moved by their quote
// (fuzzy) or found no place for (orphans), each to accept, re-place on the selected text or
// delete. Selecting a fuzzy one shows it in the reader.
class ReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    void setQueue(const QList<PlacementRecord>& queue);
    const PlacementRecord* current() const;
    QTreeWidget* list() const { return m_list; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    void acceptRequested(const PlacementRecord& placement);
    void replaceRequested(const PlacementRecord& placement);
    void deleteRequested(const PlacementRecord& placement);
    void showRequested(const PlacementRecord& placement);

private:
    void updateButtons();

    QList<PlacementRecord> m_queue;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_accept;
    QPushButton* m_replace;
    QPushButton* m_delete;
};

} // namespace hamish
