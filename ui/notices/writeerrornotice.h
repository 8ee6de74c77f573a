#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hamish {

// Tells the user, in a window-modal message they cannot miss, that a change was not saved
// (read-only library, full disk). One message at a time: later failures update its text.
class WriteErrorNotice final : public QObject
{
    Q_OBJECT

public:
    explicit WriteErrorNotice(QWidget* window);

    void show(const QString& message);
    // The message on screen, or null when none is.
    QMessageBox* box() const { return m_box; }

private:
    QWidget* m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace hamish
