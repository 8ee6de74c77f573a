#include "reader/readerview.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace hamish {

namespace {

constexpr int LineHeightPercent = 125;

} // namespace

ReaderView::ReaderView(QWidget* parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(24);
    document()->setDefaultCursorMoveStyle(Qt::VisualMoveStyle);
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    setReadingFont(defaultReadingFont());
}

QFont ReaderView::defaultReadingFont()
{
    const QStringList preferred{QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Amiri"),
                                QStringLiteral("Noto Sans Arabic")};
    const QStringList installed = QFontDatabase::families();
    QFont font;
    for (const QString& family : preferred) {
        if (installed.contains(family)) {
            font.setFamilies({family});
            break;
        }
    }
    font.setPointSize(16);
    return font;
}

void ReaderView::setReadingFont(const QFont& font)
{
    document()->setDefaultFont(font);
}

void ReaderView::showBody(const QString& body)
{
    setExtraSelections({});
    m_body = body;
    setPlainText(body);
    applyParagraphLayout();
    moveCursor(QTextCursor::Start);
}

// Every paragraph is laid out right to left, even one that opens with a Latin word,
// and gets generous line spacing. Block formats do not split shaping runs.
void ReaderView::applyParagraphLayout()
{
    QTextBlockFormat format;
    format.setLayoutDirection(Qt::RightToLeft);
    format.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(6);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.setBlockFormat(format);
}

void ReaderView::setFindMatches(const QList<WordSpan>& matches, int current)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor matchColour = palette().color(QPalette::Highlight).lighter(160);
    for (int i = 0; i < matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(matches.at(i).start));
        selection.cursor.setPosition(int(matches.at(i).end), QTextCursor::KeepAnchor);
        selection.format.setBackground(i == current ? QColor(255, 170, 60) : matchColour);
        selections.append(selection);
    }
    setExtraSelections(selections);
    if (current >= 0 && current < matches.size()) {
        QTextCursor cursor(document());
        cursor.setPosition(int(matches.at(current).start));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

} // namespace hamish
