#pragma once

#include "reader/annotationoverlay.h"
#include "text/spansnap.h"
#include "text/words.h"

#include <QTextBlockFormat>
#include <QTextEdit>

namespace hamish {

// The article text, right to left, in an Arabic font. The document holds exactly the
// canonical body, so a document position is a UTF-16 offset into it. Marks are painted
// as extra selections, never as char formats, so Arabic letters stay joined.
class ReaderView final : public QTextEdit
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget* parent = nullptr);

    // `arcRoom`: the body has relations, so its lines get room for their arcs from the start.
    void showBody(const QString& body, bool arcRoom = false);
    QString body() const { return m_body; }

    void setFindMatches(const QList<WordSpan>& matches, int current);
    static QFont defaultReadingFont();

    // Reading comfort: font, line spacing (percent), the widest the text column may be
    // (0: the whole pane) and a dark or light page.
    void setReadingFont(const QFont& font);
    void setLineSpacing(int percent);
    void setColumnWidth(int pixels);
    void setDarkTheme(bool dark);
    int lineSpacing() const { return m_lineSpacing; }
    int columnWidth() const { return m_columnWidth; }
    bool isDarkTheme() const { return m_dark; }

    AnnotationOverlay& overlay() { return m_overlay; }
    // Room above every line for relation arcs (an article with relations); the lines themselves
    // and their shaping stay as they are, only the space between them grows.
    void setArcRoom(bool room);
    bool hasArcRoom() const { return m_arcRoom; }
    // A point of the viewport in document coordinates.
    QPointF toDocument(const QPoint& viewportPos) const { return QPointF(viewportPos) - documentOffset(); }
    // Repaints after the overlay's annotations or types changed.
    void overlayChanged();
    // The selection, or an empty span at the caret.
    TextSpan selectedSpan() const;
    // The part of the body the viewport shows (whole lines, give or take one).
    TextSpan visibleSpan() const;
    void selectSpan(TextSpan span);
    // The document rectangle a span covers, for tests and scrolling; empty if not laid out.
    QList<QRectF> spanRectsInViewport(TextSpan span) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyParagraphLayout();
    QTextBlockFormat paragraphFormat() const;
    void applyColumnWidth();
    QPointF documentOffset() const;
    QString toolTipAt(const QPoint& viewportPos) const;

    QString m_body;
    AnnotationOverlay m_overlay;
    int m_lineSpacing = 125;
    int m_columnWidth = 0;
    bool m_dark = false;
    bool m_arcRoom = false;
};

} // namespace hamish
