#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace hamish {

class CollectionService;
class SearchService;

// Library-wide search, or within one collection: ranked hits with snippets that mark the matches
// in the original, diacritised text. Choosing a hit opens the article at its matches.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(SearchService& search, CollectionService& collections, QWidget* parent = nullptr);

    void focusQuery();
    QLineEdit* queryField() const { return m_query; }
    QListWidget* results() const { return m_results; }
    QComboBox* scopeBox() const { return m_scope; }
    // The snippet of a result as the list shows it (rich text).
    QString resultHtml(int row) const;
    QString statusText() const;

public slots:
    void runSearch();

signals:
    void articleRequested(qint64 id, const QString& query);

private:
    void open(QListWidgetItem* item);
    void fillScopes();
    QString snippetHtml(const QString& snippet) const;

    SearchService& m_search;
    CollectionService& m_collections;
    QLineEdit* m_query;
    QComboBox* m_scope;
    QLabel* m_status;
    QListWidget* m_results;
};

} // namespace hamish
