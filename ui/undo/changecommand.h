#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace hamish {

// Where an undo command reports a change that could not be made (the window shows it).
using ErrorSink = std::function<void(const QString&)>;

// An undoable change given as two core calls, each committed at once: one that makes the change
// and one that takes it back. It is pushed after the change was made and committed, so a failure
// is reported before anything reaches the stack; its first redo() does nothing.
class ChangeCommand final : public QUndoCommand
{
public:
    using Change = std::function<Status()>;

    ChangeCommand(const QString& text, Change apply, Change revert, ErrorSink onError);

    void redo() override;
    void undo() override;

private:
    Change m_apply;
    Change m_revert;
    ErrorSink m_onError;
    bool m_alreadyApplied = true;
};

} // namespace hamish
