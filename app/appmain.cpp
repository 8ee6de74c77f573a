#include "cli/cli.h"
#include "guiapplication.h"

#include <QCoreApplication>

// hamish-app: the window, and every command (hamish starts it for what it does not run itself).
int main(int argc, char** argv)
{
    hamish::cli::nameApplication();
    const QStringList arguments = hamish::cli::argumentsOf(argc, argv);
    if (!hamish::cli::isCliInvocation(arguments))
        return hamish::runGui(argc, argv);
    QCoreApplication app(argc, argv);
    return hamish::cli::runOnStandardStreams(arguments, hamish::cli::allCommands());
}
