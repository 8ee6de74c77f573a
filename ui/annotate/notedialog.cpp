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
    // The quote and the note read in their own direction, whatever the window's: Arabic from the
    // right edge, English from the left, in the English and the Arabic UI alike.
    const Qt::LayoutDirection quoteDirection = context.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    auto* quote = new QLabel(this);
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setText(QChar(0x2068) + context.left(400) + QChar(0x2069));
    quote->setLayoutDirection(quoteDirection);
    quote->setAlignment((quoteDirection == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute
                        | Qt::AlignTop);
    m_editor->setAccessibleName(tr("Note text"));
    // An empty note starts right to left (notes on Arabic news are mostly Arabic); as it is
    // written it takes the direction of its first strong letter, with its alignment.
    const auto followText = [this] {
        const QString typed = m_editor->toPlainText();
        const bool rtl = typed.trimmed().isEmpty() || typed.isRightToLeft();
        QTextOption option = m_editor->document()->defaultTextOption();
        if (option.textDirection() == (rtl ? Qt::RightToLeft : Qt::LeftToRight))
            return;
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setAlignment((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
        m_editor->document()->setDefaultTextOption(option);
    };
    QTextOption option = m_editor->document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto); // so that the first call sets it
    m_editor->document()->setDefaultTextOption(option);
    followText();
    connect(m_editor, &QPlainTextEdit::textChanged, this, followText);
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
