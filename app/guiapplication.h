#pragma once

#include <QStringList>

namespace hamish {

// The composition root of the GUI: opens the library (with samples on the first run
// of the default library), builds the services and the main window, and runs.
int runGui(int& argc, char** argv);

} // namespace hamish
