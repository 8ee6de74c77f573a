#pragma once

#include <QString>

namespace hamish {

// Text from articles, notes or files, made safe to show inside the UI: the explicit bidi
// controls (U+202A–U+202E, U+2066–U+2069) become visible marks such as ⟦RLO⟧, so none can
// reorder what surrounds it, and the whole is isolated (FSI … PDI) from its neighbours.
QString displaySafe(const QString& text);
// A file path or other left-to-right text, the same way but isolated left to right (LRI …
// PDI), so that its slashes stay in place inside the Arabic UI.
QString displayPath(const QString& path);
// The same with the given opening isolate (FSI, LRI or RLI).
QString displaySafe(const QString& text, QChar isolate);
bool isBidiControl(char16_t c);

} // namespace hamish
