#pragma once

#include "library/libraryfilterproxy.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace hamish {

// The filters above the library list: words, unread only, starred only, one source, a range
// of published dates (or of the dates the articles mention) and one document label. Each change is
// one LibraryFilter.
class LibraryFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryFilterBar(QWidget* parent = nullptr);

    LibraryFilter filter() const;
    // Offers these sources (the current choice stays when it is still among them).
    void setSources(const QStringList& sources);
    // Offers these document labels (name shown, label id), in this order.
    void setLabels(const QList<QPair<QString, qint64>>& labels);

    QLineEdit* textField() const { return m_text; }
    QToolButton* unreadButton() const { return m_unread; }
    QToolButton* starredButton() const { return m_starred; }
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* labelBox() const { return m_label; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    // Whether the date range is of published dates or of the dates articles mention.
    QComboBox* dateKindBox() const { return m_dateKind; }

signals:
    void filterChanged(const hamish::LibraryFilter& filter);

private:
    void changed();

    QLineEdit* m_text;
    QToolButton* m_unread;
    QToolButton* m_starred;
    QComboBox* m_source;
    QComboBox* m_label;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_dateKind;
};

} // namespace hamish
