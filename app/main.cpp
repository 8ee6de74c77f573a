#include "cli/cli.h"
#include "fullapplication.h"

namespace {

// The commands this executable runs itself; everything else (the window, help, the commands
// that need the heavier libraries) is hamish-app's.
bool runsHere(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString& first = arguments.first();
    return first == u"--version" || hamish::cli::hasCommand(hamish::cli::coreCommands(), first);
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList arguments = hamish::cli::argumentsOf(argc, argv);
    if (!runsHere(arguments))
        return hamish::replaceWithFullApplication(argv);
    hamish::cli::nameApplication();
    // No QCoreApplication: the core's commands need no event loop, and making one (its locale,
    // its event dispatcher) would add a seventh to this process's start-up (README, C1).
    return hamish::cli::runOnStandardStreams(arguments, hamish::cli::coreCommands());
}
