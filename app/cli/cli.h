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

struct Command;
// The commands one executable carries, in the order its usage lists them.
using CommandTable = QList<const Command*>;

// The commands that need the core alone (Qt Core, ICU, SQLite): `hamish` runs these itself,
// without loading the libraries of the window, the team projects, learning or the network.
const CommandTable& coreCommands();
// Every command (hamish_cli_full): the core's, then those that need libpq, dlib, fastText or
// Graphviz. `hamish-app` runs them.
const CommandTable& allCommands();
bool hasCommand(const CommandTable& commands, const QString& name);

// True when arguments (without the program name) name a CLI command or ask for help,
// so that main() can run them without any GUI.
bool isCliInvocation(const QStringList& arguments);

// Runs `hamish COMMAND ...` with one of the tables above. arguments excludes the program name.
int run(const QStringList& arguments, const Streams& streams, const CommandTable& commands);

// For both executables' main(): the application's names (settings and data paths follow them),
// the arguments without the program name, and run() on stdout and stderr.
void nameApplication();
QStringList argumentsOf(int argc, char** argv);
int runOnStandardStreams(const QStringList& arguments, const CommandTable& commands);

} // namespace hamish::cli
