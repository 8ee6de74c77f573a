#pragma once

#include <QString>

namespace hamish {

// The highlight colour's name in the UI language ("yellow" is stored, «أصفر» is shown).
QString colourLabel(const QString& colour);

} // namespace hamish
