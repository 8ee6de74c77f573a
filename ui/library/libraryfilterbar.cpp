#include "library/libraryfilterbar.h"

#include "text/displaytext.h"
#include "widgets/datebound.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace hamish {

LibraryFilterBar::LibraryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_unread(new QToolButton(this))
    , m_starred(new QToolButton(this))
    , m_source(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_from(createDateBoundField(this, tr("Published from")))
    , m_to(createDateBoundField(this, tr("Published until")))
    , m_dateKind(new QComboBox(this))
{
    m_dateKind->addItem(tr("Published"), false);
    m_dateKind->addItem(tr("Mentioned"), true);
    m_dateKind->setAccessibleName(tr("The dates the range and the Date column are of"));
    m_dateKind->setToolTip(tr("Published: the articles' dates. Mentioned: the dates their DATE tags name; "
                              "the Date column then sorts by the earliest."));
    m_text->setPlaceholderText(tr("Filter articles"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter articles"));
    m_unread->setText(tr("Unread"));
    m_unread->setCheckable(true);
    m_unread->setToolTip(tr("Show only unread articles"));
    m_unread->setAccessibleName(tr("Show only unread articles"));
    m_starred->setText(QStringLiteral("★"));
    m_starred->setCheckable(true);
    m_starred->setToolTip(tr("Show only starred articles"));
    m_starred->setAccessibleName(tr("Show only starred articles"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(8);
    setSources({});
    m_label->setAccessibleName(tr("Document label"));
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_label->setMinimumContentsLength(8);
    setLabels({});

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_text, 0, 0, 1, 3);
    layout->addWidget(m_unread, 0, 3);
    layout->addWidget(m_starred, 0, 4);
    layout->addWidget(m_source, 1, 0);
    layout->addWidget(m_from, 1, 1);
    auto* dash = new QLabel(QStringLiteral("–"), this);
    layout->addWidget(dash, 1, 2, Qt::AlignCenter);
    layout->addWidget(m_to, 1, 3, 1, 2);
    layout->addWidget(m_dateKind, 2, 0);
    layout->addWidget(m_label, 2, 1, 1, 4);
    layout->setColumnStretch(0, 1);

    connect(m_text, &QLineEdit::textChanged, this, &LibraryFilterBar::changed);
    connect(m_unread, &QToolButton::toggled, this, &LibraryFilterBar::changed);
    connect(m_starred, &QToolButton::toggled, this, &LibraryFilterBar::changed);
    connect(m_source, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::changed);
    connect(m_from, &QDateEdit::dateChanged, this, &LibraryFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &LibraryFilterBar::changed);
    connect(m_label, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::changed);
    connect(m_dateKind, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::changed);
}

LibraryFilter LibraryFilterBar::filter() const
{
    LibraryFilter filter;
    filter.text = m_text->text();
    filter.unreadOnly = m_unread->isChecked();
    filter.starredOnly = m_starred->isChecked();
    filter.source = m_source->currentData().toString();
    filter.from = dateBoundOf(m_from);
    filter.to = dateBoundOf(m_to);
    filter.labelId = m_label->currentData().toLongLong();
    filter.mentionedDates = m_dateKind->currentData().toBool();
    return filter;
}

void LibraryFilterBar::setSources(const QStringList& sources)
{
    const QString current = m_source->currentData().toString();
    QStringList sorted = sources;
    QCollator collator{QLocale(QLocale::Arabic)};
    std::sort(sorted.begin(), sorted.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    const QSignalBlocker quiet(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const QString& source : sorted)
        m_source->addItem(displaySafe(source), source);
    m_source->setCurrentIndex(qMax(0, m_source->findData(current)));
}

void LibraryFilterBar::setLabels(const QList<QPair<QString, qint64>>& labels)
{
    const qint64 current = m_label->currentData().toLongLong();
    const QSignalBlocker quiet(m_label);
    m_label->clear();
    m_label->addItem(tr("Any document label"), qint64(0));
    for (const auto& [name, id] : labels)
        m_label->addItem(name, id);
    const int kept = m_label->findData(current);
    m_label->setCurrentIndex(qMax(0, kept));
    if (kept < 0 && current > 0)
        changed(); // the label chosen is gone
}

void LibraryFilterBar::changed()
{
    emit filterChanged(filter());
}

} // namespace hamish
