#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace hamish {

class SearchService;

// Library-wide search: ranked hits with snippets that mark the matches in the
// original, diacritised text. Choosing a hit opens the article at its matches.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(SearchService& search, QWidget* parent = nullptr);

    void focusQuery();
    QLineEdit* queryField() const { return m_query; }
    QListWidget* results() const { return m_results; }
    QString statusText() const;

public slots:
    void runSearch();

signals:
    void articleRequested(qint64 id, const QString& query);

private:
    void open(QListWidgetItem* item);

    SearchService& m_search;
    QLineEdit* m_query;
    QLabel* m_status;
    QListWidget* m_results;
};

} // namespace hamish
