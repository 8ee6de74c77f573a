#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace hamish {

// Every keyboard shortcut of the window, read from its menus (so the list cannot fall behind
// them), followed by the keys that work in the reader only.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // Every row as "group › action: keys", for tests and screen readers.
    QStringList rows() const;

private:
    QTreeWidget* m_list;
};

} // namespace hamish
