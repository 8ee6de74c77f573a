#pragma once

#include <QStringList>

class QIODevice;

namespace hamish::cli {

// Where a command writes. Everything is UTF-8, whatever the locale.
struct Streams
{
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
    bool errIsTerminal = false;
};

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

// True when arguments (without the program name) name a CLI command or ask for help,
// so that main() can run them without any GUI.
bool isCliInvocation(const QStringList& arguments);

// Runs `hamish COMMAND ...`. arguments excludes the program name.
int run(const QStringList& arguments, const Streams& streams);

} // namespace hamish::cli
