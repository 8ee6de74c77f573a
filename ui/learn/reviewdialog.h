#pragma once

#include "learn/entityrecommender.h"
#include "text/spansnap.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace hamish {

class CollectionService;
class Library;
class RecommenderController;

// Annotate ▸ Review Suggestions: the model's suggestions in the open article, a collection or
// the library, in the order that teaches most (least certain first, the same word never twice
// in a row), computed on a worker thread. Choosing one opens its article there; A accepts it,
// R rejects it, and the next comes up.
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Library& library, RecommenderController& recommender, CollectionService& collections,
                 qint64 openArticle, QWidget* parent = nullptr);

    void refresh();
    QListWidget* list() const { return m_list; }
    QComboBox* scopeBox() const { return m_scope; }
    const QList<ModelSuggestion>& queue() const { return m_queue; }
    bool acceptCurrent();
    bool rejectCurrent();

signals:
    void suggestionRequested(qint64 articleId, hamish::TextSpan span);
    // The window tags it (the open article is the suggestion's).
    void acceptRequested(const hamish::ModelSuggestion& suggestion);
    void counted();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void display(const QList<ModelSuggestion>& queue);
    void takeCurrent();

    Library& m_library;
    RecommenderController& m_recommender;
    QComboBox* m_scope;
    QListWidget* m_list;
    QLabel* m_status;
    QList<ModelSuggestion> m_queue;
    qint64 m_openArticle;
    quint64 m_generation = 0;
};

} // namespace hamish
