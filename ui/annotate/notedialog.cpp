#include "annotate/notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

namespace hamish {

NoteDialog::NoteDialog(const QString& context, const QString& text, QWidget* parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(text, this))
{
    setWindowTitle(tr("Note"));
    resize(520, 300);
    auto* quote = new QLabel(this);
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setText(QChar(0x2068) + context.left(400) + QChar(0x2069));
    m_editor->setAccessibleName(tr("Note text"));
    QTextOption option = m_editor->document()->defaultTextOption();
    option.setTextDirection(text.isRightToLeft() || text.isEmpty() ? Qt::RightToLeft : Qt::LeftToRight);
    m_editor->document()->setDefaultTextOption(option);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_editor->setFocus();
}

QString NoteDialog::text() const
{
    return m_editor->toPlainText();
}

std::optional<QString> NoteDialog::ask(QWidget* parent, const QString& context, const QString& text)
{
    NoteDialog dialog(context, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

} // namespace hamish
