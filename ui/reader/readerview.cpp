#include "reader/readerview.h"

#include "annotate/colourlabels.h"
#include "reader/spangeometry.h"
#include "text/displaytext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

namespace hamish {

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

void ReaderView::showBody(const QString& body, bool arcRoom)
{
    m_arcRoom = arcRoom;
    setExtraSelections({});
    m_body = body;
    // Inserting through a cursor that already has the paragraph format gives every new block
    // that format as it is made: one pass, where setPlainText and then a format is two.
    document()->clear();
    QTextCursor cursor(document());
    cursor.setBlockFormat(paragraphFormat());
    cursor.insertText(body);
    moveCursor(QTextCursor::Start);
}

QTextBlockFormat ReaderView::paragraphFormat() const
{
    QTextBlockFormat format;
    format.setLayoutDirection(Qt::RightToLeft);
    format.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    if (m_arcRoom) {
        // The reader's spacing, plus the arcs' room, between every two lines and above paragraphs.
        const qreal natural = QFontMetricsF(document()->defaultFont()).lineSpacing();
        const qreal room = RelationArcs::roomAbove();
        format.setLineHeight(natural * (m_lineSpacing - 100) / 100.0 + room, QTextBlockFormat::LineDistanceHeight);
        format.setTopMargin(room * 0.6);
    } else {
        format.setLineHeight(m_lineSpacing, QTextBlockFormat::ProportionalHeight);
    }
    format.setBottomMargin(6);
    return format;
}

// Every paragraph is laid out right to left, even one that opens with a Latin word,
// and gets generous line spacing. Block formats do not split shaping runs.
void ReaderView::applyParagraphLayout()
{
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.setBlockFormat(paragraphFormat());
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

namespace hamish {

void ReaderView::setLineSpacing(int percent)
{
    m_lineSpacing = qBound(100, percent, 250);
    applyParagraphLayout();
}

void ReaderView::setArcRoom(bool room)
{
    if (room == m_arcRoom)
        return;
    m_arcRoom = room;
    applyParagraphLayout();
}

void ReaderView::setColumnWidth(int pixels)
{
    m_columnWidth = qMax(0, pixels);
    applyColumnWidth();
}

void ReaderView::setDarkTheme(bool dark)
{
    m_dark = dark;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, dark ? QColor(0x1f, 0x1f, 0x22) : QColor(0xfd, 0xfc, 0xf8));
    palette.setColor(QPalette::Text, dark ? QColor(0xe6, 0xe3, 0xdc) : QColor(0x1d, 0x1d, 0x1f));
    setPalette(palette);
}

void ReaderView::resizeEvent(QResizeEvent* event)
{
    QTextEdit::resizeEvent(event);
    applyColumnWidth();
}

// A comfortable measure: the text column is centred and no wider than asked.
void ReaderView::applyColumnWidth()
{
    const int spare = m_columnWidth > 0 ? qMax(0, width() - m_columnWidth) : 0;
    setViewportMargins(spare / 2, 0, spare - spare / 2, 0);
}

void ReaderView::overlayChanged()
{
    viewport()->update();
}

TextSpan ReaderView::visibleSpan() const
{
    const QRect r = viewport()->rect();
    qsizetype first = m_body.size(), last = 0;
    for (const QPoint& corner : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()}) {
        const qsizetype at = cursorForPosition(corner).position();
        first = qMin(first, at);
        last = qMax(last, at);
    }
    return first <= last ? TextSpan{first, qMin<qsizetype>(m_body.size(), last + 1)} : TextSpan{};
}

TextSpan ReaderView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ReaderView::selectSpan(TextSpan span)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

QList<QRectF> ReaderView::spanRectsInViewport(TextSpan span) const
{
    QList<QRectF> rects = spanRects(*document(), span.start, span.end);
    for (QRectF& rect : rects)
        rect.translate(documentOffset());
    return rects;
}

QPointF ReaderView::documentOffset() const
{
    const QScrollBar* h = horizontalScrollBar();
    const int x = isRightToLeft() ? h->maximum() - h->value() : h->value();
    return QPointF(-x, -verticalScrollBar()->value());
}

void ReaderView::paintEvent(QPaintEvent* event)
{
    const QPointF offset = documentOffset();
    const QRectF clip = QRectF(event->rect()).translated(-offset);
    {
        QPainter painter(viewport());
        painter.translate(offset);
        painter.setClipRect(clip);
        m_overlay.paintUnderText(painter, *document(), clip);
    }
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(offset);
    painter.setClipRect(clip);
    m_overlay.paintOverText(painter, *document(), clip, document()->textWidth() - document()->documentMargin() / 2);
}

bool ReaderView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

QString ReaderView::toolTipAt(const QPoint& viewportPos) const
{
    const QPointF point = QPointF(viewportPos) - documentOffset();
    const int position = document()->documentLayout()->hitTest(point, Qt::ExactHit);
    QStringList lines;
    if (const qint64 relationId = m_overlay.arcs().relationAt(point); relationId > 0) {
        for (const Relation& r : m_overlay.arcs().relations()) {
            if (r.id != relationId)
                continue;
            const RelationType* type = m_overlay.arcs().type(r.typeId);
            const Annotation* from = m_overlay.annotation(r.fromId);
            const Annotation* to = m_overlay.annotation(r.toId);
            QString line = QStringLiteral("<b>%1</b> · %2<br/>«%3» %4 «%5»")
                               .arg(type ? type->nameAr.toHtmlEscaped() : QString(),
                                    type ? type->nameEn.toHtmlEscaped() : QString(),
                                    from ? displaySafe(from->quote).toHtmlEscaped() : QString(),
                                    type && !type->directed ? QStringLiteral("↔") : QStringLiteral("←"),
                                    to ? displaySafe(to->quote).toHtmlEscaped() : QString());
            if (!r.note.isEmpty())
                line += QStringLiteral("<br/><span dir=\"auto\">%1</span>")
                            .arg(displaySafe(r.note.left(300)).toHtmlEscaped());
            lines.append(line);
        }
        return lines.join(QStringLiteral("<hr/>"));
    }
    if (position < 0)
        return {};
    if (const Suggestion* suggestion = m_overlay.suggestionAt(position)) {
        const EntityType* type = m_overlay.entityType(suggestion->entityTypeId);
        lines.append(tr("Suggested: %1 — A accepts, R rejects").arg(type ? type->code : QString()));
    }
    for (const Annotation& a : m_overlay.annotationsAt(position)) {
        QString line;
        QStringList values;
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
            values.append(it.value() == u"true" ? it.key() : it.key() + u'=' + it.value());
        if (a.kind == AnnotationKind::Entity) {
            const EntityType* type = m_overlay.entityType(a.entityTypeId);
            line = type ? QStringLiteral("<b>%1</b> · %2 · %3")
                              .arg(type->code, type->nameAr.toHtmlEscaped(), type->nameEn.toHtmlEscaped())
                        : tr("Entity");
        } else if (a.kind == AnnotationKind::Highlight) {
            line = tr("Highlight (%1)").arg(colourLabel(a.colour));
        } else {
            line = tr("Note");
        }
        if (m_overlay.spanMarks().contains(a.id)) // several layers show: whose it is
            line += QStringLiteral(" — %1").arg(a.author.toHtmlEscaped());
        if (!values.isEmpty())
            line += QStringLiteral("<br/><i>%1</i>").arg(values.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!a.note.isEmpty())
            line +=
                QStringLiteral("<br/><span dir=\"auto\">%1</span>").arg(displaySafe(a.note.left(300)).toHtmlEscaped());
        lines.append(line);
    }
    return lines.join(QStringLiteral("<hr/>"));
}

} // namespace hamish
