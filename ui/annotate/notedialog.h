#pragma once

#include <QDialog>

#include <optional>

class QPlainTextEdit;

namespace hamish {

// Writes or edits a note. The text box follows the direction of what is typed, so Arabic
// and English notes both read naturally.
class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString& context, const QString& text, QWidget* parent = nullptr);

    QString text() const;
    QPlainTextEdit* editor() const { return m_editor; }

    static std::optional<QString> ask(QWidget* parent, const QString& context, const QString& text);

private:
    QPlainTextEdit* m_editor;
};

} // namespace hamish
