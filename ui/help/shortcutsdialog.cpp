#include "help/shortcutsdialog.h"

#include "uilocale.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

QString plain(QString text)
{
    text = text.section(u'\t', 0, 0);
    text.remove(QStringLiteral("…"));
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

QString withoutIsolates(QString text)
{
    return text.remove(QChar(0x2066)).remove(QChar(0x2069));
}

// The keys of an action: its shortcuts, or the key its text shows after a tab (the reader's
// single-key commands, which are handled by the reader rather than by QAction). Each key is
// isolated left to right, so that it reads "Ctrl+Shift+Z" in the Arabic UI too, while the list
// around the keys follows the UI's direction.
QStringList keysOf(const QAction& action)
{
    QStringList keys;
    for (const QKeySequence& key : action.shortcuts()) {
        if (!key.isEmpty())
            keys.append(isolatedLtr(key.toString(QKeySequence::NativeText)));
    }
    if (keys.isEmpty() && action.text().contains(u'\t'))
        keys.append(isolatedLtr(withoutIsolates(action.text().section(u'\t', 1))));
    keys.removeDuplicates();
    return keys;
}

// A row: the keys as shown, and kept plain (without isolates) under Qt::UserRole.
void addRow(QTreeWidgetItem* parent, const QString& action, const QString& keys)
{
    auto* item = new QTreeWidgetItem(parent, {action, keys});
    item->setData(1, Qt::UserRole, withoutIsolates(keys));
}

void addMenu(QTreeWidgetItem* parent, const QMenu& menu)
{
    for (QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu* sub = action->menu()) {
            auto* group = new QTreeWidgetItem(parent, {plain(sub->title())});
            addMenu(group, *sub);
            if (group->childCount() == 0)
                delete group;
            continue;
        }
        if (const QStringList keys = keysOf(*action); !keys.isEmpty())
            addRow(parent, plain(action->text()), keys.join(ShortcutsDialog::tr(", ")));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    for (QAction* action : menus.actions()) {
        if (QMenu* menu = action->menu()) {
            auto* group = new QTreeWidgetItem(m_list, {plain(menu->title())});
            addMenu(group, *menu);
        }
    }
    auto* reader = new QTreeWidgetItem(m_list, {tr("In the reader")});
    // Key names stay Latin and isolated; only the words between them are translated.
    const auto key = [](const QString& name) { return isolatedLtr(name); };
    const QList<std::pair<QString, QString>> readerKeys{
        {tr("Tag the selection with entity type 1 to 9"),
         tr("%1, or %2").arg(key(QStringLiteral("1 … 9")), key(QStringLiteral("١ … ٩")))},
        {tr("Select text a word at a time"), tr("%1 with the arrows").arg(key(QStringLiteral("Ctrl+Shift")))},
        {tr("Select text a character at a time"), tr("%1 with the arrows").arg(key(QStringLiteral("Shift")))},
        {tr("Open the context menu of the selection"), tr("the Menu key, or %1").arg(key(QStringLiteral("Shift+F10")))},
        {tr("Move between the panels"), key(QStringLiteral("Tab")) + tr(", ") + key(QStringLiteral("Shift+Tab"))},
        {tr("Close the find bar or a dialog"), key(QStringLiteral("Esc"))},
    };
    for (const auto& [what, keys] : readerKeys)
        addRow(reader, what, keys);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QFont bold = font();
        bold.setBold(true);
        m_list->topLevelItem(i)->setFont(0, bold);
        m_list->topLevelItem(i)->setFirstColumnSpanned(true);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 640);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = m_list->topLevelItem(i);
        QList<const QTreeWidgetItem*> pending{group};
        while (!pending.isEmpty()) {
            const QTreeWidgetItem* item = pending.takeFirst();
            for (int c = 0; c < item->childCount(); ++c) {
                const QTreeWidgetItem* child = item->child(c);
                if (child->childCount() > 0)
                    pending.append(child);
                else
                    rows.append(QStringLiteral("%1 › %2: %3")
                                    .arg(group->text(0), child->text(0), child->data(1, Qt::UserRole).toString()));
            }
        }
    }
    return rows;
}

} // namespace hamish
