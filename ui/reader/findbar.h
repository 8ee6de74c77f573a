#pragma once

#include "text/words.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace hamish {

class ReaderView;

// Find in article (Ctrl+F), with the same Arabic-aware matching as the library search.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ReaderView& reader, QWidget* parent = nullptr);

    void activate(const QString& text = {});
    void refresh();
    QLineEdit* field() const { return m_field; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }

    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMatch(int current);
    void dismiss();

    ReaderView& m_reader;
    QLineEdit* m_field;
    QLabel* m_count;
    QList<WordSpan> m_matches;
    int m_current = -1;
};

} // namespace hamish
