#pragma once

#include "result.h"

namespace hamish {

class Database;

// Registers what every connection's search needs, with one lookup of its FTS5 interface: the
// Arabic tokenizer (arabictokenizer.h) and the hamish_rank function (rankfunction.h). Fails
// when SQLite was built without FTS5.
Status registerSearchExtensions(Database& db);

} // namespace hamish
