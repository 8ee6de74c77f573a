#pragma once

#include "storage/article.h"

#include <QDialog>

class QLineEdit;

namespace hamish {

// Article ▸ Properties: the heading a user may correct (title, author, source, date, URL) and,
// read-only, where the article came from. The body never changes.
class ArticlePropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    ArticlePropertiesDialog(const Article& article, int annotationCount, QWidget* parent = nullptr);

    ArticleHeading heading() const;
    QLineEdit* titleField() const { return m_title; }
    QLineEdit* authorField() const { return m_author; }
    QLineEdit* sourceField() const { return m_source; }
    QLineEdit* dateField() const { return m_date; }
    QLineEdit* urlField() const { return m_url; }

private:
    QLineEdit* m_title;
    QLineEdit* m_author;
    QLineEdit* m_source;
    QLineEdit* m_date;
    QLineEdit* m_url;
};

} // namespace hamish
