#include "reader/readerpane.h"

#include "reader/findbar.h"
#include "reader/readerview.h"
#include "text/displaytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hamish {

namespace {

// U+2068 FIRST STRONG ISOLATE ... U+2069 keeps stray bidi controls in metadata
// from reordering the line around them.
QString isolated(const QString& text)
{
    return displaySafe(text);
}

} // namespace

ReaderPane::ReaderPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_relatedButton(new QToolButton(this))
    , m_related(new QLabel(this))
    , m_reader(new ReaderView(this))
    , m_findBar(new FindBar(*m_reader, this))
{
    QFont titleFont = ReaderView::defaultReadingFont();
    titleFont.setPointSize(titleFont.pointSize() + 3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Article title"));
    QFont metaFont = ReaderView::defaultReadingFont();
    metaFont.setPointSize(metaFont.pointSize() - 3);
    m_meta->setFont(metaFont);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setAccessibleName(tr("Article details"));
    m_relatedButton->setCheckable(true);
    m_relatedButton->setAutoRaise(true);
    m_relatedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_relatedButton->setLayoutDirection(Qt::RightToLeft);
    m_relatedButton->setArrowType(Qt::LeftArrow);
    m_relatedButton->setFont(metaFont);
    m_relatedButton->setAccessibleName(tr("Related articles"));
    m_related->setFont(metaFont);
    m_related->setTextFormat(Qt::PlainText);
    m_related->setWordWrap(true);
    m_related->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_related->setAccessibleName(tr("Titles of related articles"));
    m_related->hide();
    connect(m_relatedButton, &QToolButton::toggled, this, [this](bool open) {
        m_related->setVisible(open);
        m_relatedButton->setArrowType(open ? Qt::DownArrow : Qt::LeftArrow);
    });
    for (QLabel* label : {m_title, m_meta, m_related}) {
        label->setLayoutDirection(Qt::RightToLeft);
        label->setAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        label->setContentsMargins(28, 4, 28, 4);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    auto* relatedRow = new QHBoxLayout;
    relatedRow->setContentsMargins(24, 0, 24, 0);
    relatedRow->addStretch(1);
    relatedRow->addWidget(m_relatedButton);
    // The row reads right to left like the header above it, whatever the UI's direction.
    relatedRow->setDirection(QBoxLayout::RightToLeft);
    layout->addLayout(relatedRow);
    layout->addWidget(m_related);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
}

void ReaderPane::showArticle(const Article& article, bool arcRoom)
{
    m_articleId = article.id;
    showHeading(article);
    m_relatedButton->setChecked(false);
    m_reader->showBody(article.body, arcRoom);
    if (!m_findBar->isHidden())
        m_findBar->refresh();
}

void ReaderPane::showHeading(const Article& article)
{
    m_title->setText(isolated(article.title));
    QStringList meta;
    for (const QString& part : {article.author, article.source, article.date}) {
        if (!part.trimmed().isEmpty())
            meta.append(isolated(part.trimmed()));
    }
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_meta->setVisible(!meta.isEmpty());
    m_relatedButton->setText(tr("Related articles (%1)").arg(QLocale().toString(article.relatedTitles.size())));
    m_relatedButton->setVisible(!article.relatedTitles.isEmpty());
    QStringList related;
    for (const QString& title : article.relatedTitles)
        related.append(QStringLiteral("•  ") + isolated(title));
    m_related->setText(related.join(u'\n'));
    m_related->setVisible(m_relatedButton->isChecked() && !related.isEmpty());
}

void ReaderPane::setLabelBar(QWidget* bar)
{
    auto* column = static_cast<QVBoxLayout*>(layout());
    column->insertWidget(column->indexOf(m_reader), bar);
}

void ReaderPane::clear(const QString& message)
{
    m_articleId = 0;
    m_title->setText(message);
    m_meta->clear();
    m_relatedButton->hide();
    m_related->hide();
    m_reader->showBody({});
}

} // namespace hamish
