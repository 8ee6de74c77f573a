#pragma once

#include <QDialog>

namespace hamish {

class Library;

// Team ▸ Conflict History: the versions of shared objects (types, registry entities, article
// metadata…) that lost to a later change of somebody else, as the team project keeps them.
class TeamHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamHistoryDialog(Library& library, QWidget* parent = nullptr);
};

} // namespace hamish
