#pragma once

namespace hamish {

// `hamish` itself carries the core's commands only, so that a command-line run loads Qt Core,
// ICU and SQLite and nothing else. The window and the commands that need libpq, dlib, fastText or
// Graphviz are in `hamish-app`, installed beside it: this replaces the running process with it,
// passing the same arguments, and returns only when it cannot (after saying why on stderr).
int replaceWithFullApplication(char** argv);

} // namespace hamish
