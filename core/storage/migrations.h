#pragma once

#include "result.h"

namespace hamish {

class Database;

// The library schema lives in PRAGMA user_version. Each step runs in its own
// BEGIN IMMEDIATE transaction together with its version bump, so a failed step
// leaves the file at the previous version.
inline constexpr int LibraryApplicationId = 0x484D5348; // "HMSH"

int latestSchemaVersion();
Result<int> schemaVersion(Database& db);

// Upgrades to targetVersion (the latest by default). Refuses a file written by a
// newer Hamish, and a file that is some other application's database.
Status migrate(Database& db, int targetVersion = -1);

} // namespace hamish
