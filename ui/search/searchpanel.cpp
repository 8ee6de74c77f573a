#include "search/searchpanel.h"

#include "articles/collectionservice.h"
#include "search/searchservice.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

constexpr int ArticleIdRole = Qt::UserRole + 1;

} // namespace

// Matches are whole words, so bold runs start and end at word boundaries and never
// split an Arabic word's shaping. The marker colour and its text colour are set together, so
// that a match stays readable on a dark page too.
QString SearchPanel::snippetHtml(const QString& snippet) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString style =
        dark ? QStringLiteral("background:#7a5a00;color:#ffffff") : QStringLiteral("background:#ffe08a;color:#000000");
    QString html = snippet.toHtmlEscaped();
    html.replace(SnippetMatchStart, QStringLiteral("<b style=\"%1\">").arg(style));
    html.replace(SnippetMatchEnd, QStringLiteral("</b>"));
    html.replace(u'\n', u' ');
    return html;
}

SearchPanel::SearchPanel(SearchService& search, CollectionService& collections, QWidget* parent)
    : QWidget(parent)
    , m_search(search)
    , m_collections(collections)
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
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

    m_scope->setAccessibleName(tr("Search in"));
    fillScopes();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_scope);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPanel::open);
    connect(m_results, &QListWidget::itemClicked, this, &SearchPanel::open);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_query->text().trimmed().isEmpty())
            runSearch();
    });
    connect(&collections, &CollectionService::collectionsChanged, this, &SearchPanel::fillScopes);
}

void SearchPanel::fillScopes()
{
    const QVariant current = m_scope->currentData();
    const QSignalBlocker quiet(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("In the whole library"), QVariant::fromValue(qint64(0)));
    for (const Collection& c : m_collections.collections().value_or(QList<Collection>()))
        m_scope->addItem(tr("In «%1»").arg(displaySafe(c.name)), c.id);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(current)));
    m_scope->setVisible(m_scope->count() > 1);
}

QString SearchPanel::resultHtml(int row) const
{
    const auto* label = qobject_cast<const QLabel*>(m_results->itemWidget(m_results->item(row)));
    return label ? label->text() : QString();
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
    const Result<QList<SearchHit>> hits = m_search.search(m_query->text(), 100, SearchService::Snippets::Make,
                                                          ArticleScope{m_scope->currentData().toLongLong()});
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
        // The label draws the result; the item has no text of its own, which the view would draw
        // under the label when the row is selected. Screen readers get the title.
        item->setData(Qt::AccessibleTextRole, hit.title);
        item->setToolTip(displaySafe(hit.title));
        m_results->setItemWidget(item, label);
    }
}

void SearchPanel::open(QListWidgetItem* item)
{
    if (item)
        emit articleRequested(item->data(ArticleIdRole).toLongLong(), m_query->text());
}

} // namespace hamish
