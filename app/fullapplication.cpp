#include "fullapplication.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace hamish {

namespace {

constexpr const char* FullApplicationName = "hamish-app";

std::string fullApplicationPath()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return FullApplicationName; // then PATH decides
    return (self.parent_path() / FullApplicationName).string();
}

} // namespace

int replaceWithFullApplication(char** argv)
{
    const std::string path = fullApplicationPath();
    argv[0] = const_cast<char*>(path.c_str());
    execvp(path.c_str(), argv);
    std::fprintf(stderr, "hamish: cannot start %s: %s\n", path.c_str(), std::strerror(errno));
    return 1;
}

} // namespace hamish
