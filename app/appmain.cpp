#include "cli/cli.h"
#include "guiapplication.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

// hamish-app: the window, and every command (hamish starts it for what it does not run itself).
int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("hamish"));
    QCoreApplication::setApplicationName(QStringLiteral("hamish"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMISH_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!hamish::cli::isCliInvocation(arguments))
        return hamish::runGui(argc, argv);

    QCoreApplication app(argc, argv);
    QFile out, err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const hamish::cli::Streams streams{&out, &err, isatty(STDERR_FILENO) == 1};
    return hamish::cli::run(arguments, streams, hamish::cli::allCommands());
}
