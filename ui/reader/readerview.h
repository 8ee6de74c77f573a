#pragma once

#include "text/words.h"

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

    void showBody(const QString& body);
    QString body() const { return m_body; }

    void setFindMatches(const QList<WordSpan>& matches, int current);
    void setReadingFont(const QFont& font);
    static QFont defaultReadingFont();

private:
    void applyParagraphLayout();

    QString m_body;
};

} // namespace hamish
