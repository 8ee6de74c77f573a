#include "cli/cli.h"
#include "fullapplication.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

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
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!runsHere(arguments))
        return hamish::replaceWithFullApplication(argv);

    QCoreApplication::setOrganizationName(QStringLiteral("hamish"));
    QCoreApplication::setApplicationName(QStringLiteral("hamish"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMISH_VERSION));
    // No QCoreApplication: the core's commands need no event loop, and making one (its locale,
    // its event dispatcher) would add a seventh to this process's start-up (README, C1).
    QFile out, err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const hamish::cli::Streams streams{&out, &err, isatty(STDERR_FILENO) == 1};
    return hamish::cli::run(arguments, streams, hamish::cli::coreCommands());
}
