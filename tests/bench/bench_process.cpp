// Whole-process timings for the CLI start-up figures of issue 20 (C1, C2): runs two command lines
// in turn, RUNS times each, every one a fresh process with its output going to a file (GNU grep
// stops at its first match when its output is /dev/null), and prints the median wall time of each.
// Usage: bench_process RUNS NAME-A COMMAND-A... -- NAME-B COMMAND-B...
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryFile>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

struct CommandLine
{
    QByteArray name;
    std::vector<char*> argv;
};

// Milliseconds from spawning the command to its exit; negative when it could not run or failed.
double timeOnce(const CommandLine& command, int outputFd)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outputFd, STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, command.argv.front(), &actions, nullptr, command.argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    // grep -l exits with 1 when nothing matched, which is still a complete run.
    return WIFEXITED(status) && WEXITSTATUS(status) <= 1 ? ms : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<CommandLine> commands(1);
    int runs = argc > 1 ? std::atoi(argv[1]) : 0;
    for (int i = 2; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--") {
            commands.append(CommandLine{});
            continue;
        }
        if (commands.last().name.isEmpty())
            commands.last().name = argv[i];
        else
            commands.last().argv.push_back(argv[i]);
    }
    if (runs < 1 || commands.size() != 2 || commands[0].argv.empty() || commands[1].argv.empty()) {
        std::fprintf(stderr, "usage: bench_process RUNS NAME-A COMMAND-A... -- NAME-B COMMAND-B...\n");
        return 2;
    }
    QList<QList<double>> times(commands.size());
    QTemporaryFile output;
    if (!output.open())
        return 1;
    for (CommandLine& command : commands)
        command.argv.push_back(nullptr);
    for (int run = 0; run < runs; ++run) {
        for (qsizetype c = 0; c < commands.size(); ++c) {
            (void)ftruncate(output.handle(), 0);
            lseek(output.handle(), 0, SEEK_SET);
            const double ms = timeOnce(commands[c], output.handle());
            if (ms < 0) {
                std::fprintf(stderr, "%s failed\n", commands[c].argv.front());
                return 1;
            }
            times[c].append(ms);
        }
    }
    for (qsizetype c = 0; c < commands.size(); ++c)
        hamish::bench::report(commands[c].name.constData(), hamish::bench::median(times[c]), "ms");
    return 0;
}
