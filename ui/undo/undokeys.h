#pragma once

#include <QKeySequence>
#include <QList>

namespace hamish {

// Ctrl+Shift+Z everywhere, with the platform's own redo keys; the platform's may already hold
// Ctrl+Shift+Z, and one key twice on an action makes Qt call it ambiguous and do nothing.
QList<QKeySequence> redoKeys();

} // namespace hamish
