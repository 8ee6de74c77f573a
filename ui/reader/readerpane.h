#pragma once

#include "storage/article.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace hamish {

class FindBar;
class ReaderView;

// The reading area: the article's title and metadata above its text, the titles of related
// articles the page listed (collapsed until asked for), and the find bar.
class ReaderPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(QWidget* parent = nullptr);

    // `arcRoom`: it has relations, whose arcs need room above the lines.
    void showArticle(const Article& article, bool arcRoom = false);
    // Only the heading again (title, author, source, date, related titles), after a correction.
    void showHeading(const Article& article);
    void clear(const QString& message);
    // Puts a bar (the document labels) between the heading and the text.
    void setLabelBar(QWidget* bar);
    qint64 articleId() const { return m_articleId; }

    ReaderView* reader() const { return m_reader; }
    FindBar* findBar() const { return m_findBar; }
    QLabel* titleLabel() const { return m_title; }
    QToolButton* relatedButton() const { return m_relatedButton; }
    QLabel* relatedList() const { return m_related; }

private:
    qint64 m_articleId = 0;
    QLabel* m_title;
    QLabel* m_meta;
    QToolButton* m_relatedButton;
    QLabel* m_related;
    ReaderView* m_reader;
    FindBar* m_findBar;
};

} // namespace hamish
