#include "reader/findbar.h"

#include "reader/readerview.h"
#include "search/textfinder.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace hamish {

FindBar::FindBar(ReaderView& reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    auto* previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    auto* closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close (Esc)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    m_field->installEventFilter(this);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    hide();
}

void FindBar::activate(const QString& text)
{
    QWidget::show();
    if (!text.isEmpty())
        m_field->setText(text);
    m_field->setFocus();
    m_field->selectAll();
    refresh();
}

void FindBar::refresh()
{
    m_matches = !isHidden() ? findMatches(m_reader.body(), m_field->text()) : QList<WordSpan>{};
    showMatch(m_matches.isEmpty() ? -1 : 0);
}

void FindBar::findNext()
{
    if (!m_matches.isEmpty())
        showMatch((m_current + 1) % int(m_matches.size()));
}

void FindBar::findPrevious()
{
    if (!m_matches.isEmpty())
        showMatch((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void FindBar::showMatch(int current)
{
    m_current = current;
    m_reader.setFindMatches(m_matches, current);
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 of %2").arg(QLocale().toString(current + 1), QLocale().toString(m_matches.size())));
}

void FindBar::dismiss()
{
    hide();
    m_matches.clear();
    m_reader.setFindMatches({}, -1);
    m_reader.setFocus();
}

// Enter finds the next match, Shift+Enter the previous one, Esc closes the bar.
bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hamish
