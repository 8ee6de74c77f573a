#pragma once

#include <QString>

namespace hamish {

// Who the annotator is, for the CLI and the window: the name chosen in Preferences (the
// "annotator/name" setting that UiPreferences writes), else the account's user name. The core
// reads neither: it is given the name.
QString annotatorName();
QString osUserName();

} // namespace hamish
