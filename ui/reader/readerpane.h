#pragma once

#include "storage/article.h"

#include <QWidget>

class QLabel;

namespace hamish {

class FindBar;
class ReaderView;

// The reading area: the article's title and metadata above its text, and the find bar.
class ReaderPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(QWidget* parent = nullptr);

    void showArticle(const Article& article);
    void clear(const QString& message);
    qint64 articleId() const { return m_articleId; }

    ReaderView* reader() const { return m_reader; }
    FindBar* findBar() const { return m_findBar; }
    QLabel* titleLabel() const { return m_title; }

private:
    qint64 m_articleId = 0;
    QLabel* m_title;
    QLabel* m_meta;
    ReaderView* m_reader;
    FindBar* m_findBar;
};

} // namespace hamish
