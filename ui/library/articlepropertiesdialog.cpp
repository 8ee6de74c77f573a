#include "library/articlepropertiesdialog.h"

#include "text/displaytext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hamish {

namespace {

QLineEdit* field(const QString& text, const QString& name, Qt::LayoutDirection direction, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setAccessibleName(name);
    edit->setLayoutDirection(direction);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 50);
    return edit;
}

QLabel* readOnly(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ArticlePropertiesDialog::ArticlePropertiesDialog(const Article& article, int annotationCount, QWidget* parent)
    : QDialog(parent)
    // Arabic metadata is edited right to left; dates and addresses left to right.
    , m_title(field(article.title, tr("Title"), Qt::RightToLeft, this))
    , m_author(field(article.author, tr("Author"), Qt::RightToLeft, this))
    , m_source(field(article.source, tr("Source"), Qt::RightToLeft, this))
    , m_date(field(article.date, tr("Date"), Qt::LeftToRight, this))
    , m_url(field(article.url, tr("URL"), Qt::LeftToRight, this))
{
    setWindowTitle(tr("Article Properties"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Characters:"), readOnly(QLocale().toString(article.body.size()), this));
    form->addRow(tr("Annotations:"), readOnly(QLocale().toString(annotationCount), this));
    form->addRow(tr("Imported:"),
                 readOnly(QLocale().toString(article.importedAt.toLocalTime(), QLocale::ShortFormat), this));
    form->addRow(tr("From:"), readOnly(displayPath(article.originPath), this));
    form->addRow(tr("Encoding:"), readOnly(displayPath(article.originEncoding), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    });
}

ArticleHeading ArticlePropertiesDialog::heading() const
{
    return {m_title->text(), m_author->text(), m_source->text(), m_date->text(), m_url->text()};
}

} // namespace hamish
