#include "undo/changecommand.h"

namespace hamish {

ChangeCommand::ChangeCommand(const QString& text, Change apply, Change revert, ErrorSink onError)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_onError(std::move(onError))
{
}

void ChangeCommand::redo()
{
    if (std::exchange(m_alreadyApplied, false))
        return;
    if (Status ok = m_apply(); !ok && m_onError)
        m_onError(ok.error());
}

void ChangeCommand::undo()
{
    if (Status ok = m_revert(); !ok && m_onError)
        m_onError(ok.error());
}

} // namespace hamish
