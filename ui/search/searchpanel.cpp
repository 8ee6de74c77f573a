#include "search/searchpanel.h"

#include "search/searchservice.h"
#include "text/displaytext.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

constexpr int ArticleIdRole = Qt::UserRole + 1;

// Matches are whole words, so bold runs start and end at word boundaries and never
// split an Arabic word's shaping.
QString snippetHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(SnippetMatchStart, QStringLiteral("<b style=\"background:#ffe08a\">"));
    html.replace(SnippetMatchEnd, QStringLiteral("</b>"));
    html.replace(u'\n', u' ');
    return html;
}

} // namespace

SearchPanel::SearchPanel(SearchService& search, QWidget* parent)
    : QWidget(parent)
    , m_search(search)
    , m_query(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this))
{
    m_query->setPlaceholderText(tr("Search the library"));
    m_query->setAccessibleName(tr("Search the library"));
    m_query->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setLayoutDirection(Qt::RightToLeft);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPanel::open);
    connect(m_results, &QListWidget::itemClicked, this, &SearchPanel::open);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::runSearch()
{
    m_results->clear();
    if (m_query->text().trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    const Result<QList<SearchHit>> hits = m_search.search(m_query->text());
    if (!hits) {
        m_status->setText(hits.error());
        return;
    }
    m_status->setText(hits->isEmpty() ? tr("No article matches.") : tr("%n article(s)", nullptr, int(hits->size())));
    for (const SearchHit& hit : *hits) {
        auto* item = new QListWidgetItem(m_results);
        item->setData(ArticleIdRole, hit.articleId);
        auto* label =
            new QLabel(QStringLiteral("<div dir=\"rtl\"><b>%1</b><br/>%2</div>")
                           .arg(displaySafe(hit.title).toHtmlEscaped(), snippetHtml(displaySafe(hit.snippet))));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(6, 4, 6, 4);
        item->setSizeHint(QSize(0, label->heightForWidth(qMax(200, m_results->viewport()->width() - 12)) + 8));
        item->setText(hit.title);
        item->setForeground(Qt::transparent);
        m_results->setItemWidget(item, label);
    }
}

void SearchPanel::open(QListWidgetItem* item)
{
    if (item)
        emit articleRequested(item->data(ArticleIdRole).toLongLong(), m_query->text());
}

} // namespace hamish
