#include "team/teamhistorydialog.h"

#include "storage/library.h"
#include "team/teamsync.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

// The lost version's readable fields (names, codes, notes), without the ids that link it.
QString describe(const QByteArray& data)
{
    if (data.isEmpty())
        return TeamHistoryDialog::tr("(removed)");
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString() || it.key().endsWith(QStringLiteral("_id")) || it.key() == QStringLiteral("body"))
            continue;
        const QString value = it->toString();
        if (!value.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(it.key(), value.left(80)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

TeamHistoryDialog::TeamHistoryDialog(Library& library, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Conflict History"));
    resize(820, 420);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("When two people changed the same shared object, the later change stays; "
                                    "the version that lost is kept here."),
                                 this));
    auto* table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("history"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Recorded"), tr("Object"), tr("Lost version"), tr("Changed by"), tr("Lost to")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    const Result<QList<HistoryEntry>> history = TeamSync::history(library.database());
    if (history) {
        table->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const HistoryEntry& h = history->at(row);
            const QStringList cells{h.recorded.left(16), h.kind, describe(h.data), h.changedBy, h.lostTo};
            for (int column = 0; column < cells.size(); ++column)
                table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    } else {
        layout->addWidget(new QLabel(history.error(), this));
    }
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace hamish
