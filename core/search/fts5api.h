#pragma once

struct fts5_api;
struct sqlite3;

namespace hamish {

// The connection's FTS5 interface, through which tokenizers and functions are registered;
// null when SQLite was built without FTS5.
fts5_api* fts5ApiOf(sqlite3* db);

} // namespace hamish
