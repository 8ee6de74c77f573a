#include "search/searchextensions.h"

#include "search/arabictokenizer.h"
#include "search/rankfunction.h"
#include "storage/database.h"

#include <sqlite3.h>

namespace hamish {

namespace {

// The connection's FTS5 interface, through which tokenizers and functions are registered; null
// when SQLite was built without FTS5.
fts5_api* fts5ApiOf(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

Status registerSearchExtensions(Database& db)
{
    fts5_api* api = fts5ApiOf(db.handle());
    if (!api)
        return failure(Database::tr("This SQLite library has no FTS5 support."));
    if (Status ok = registerArabicTokenizer(*api); !ok)
        return ok;
    return registerRankFunction(*api, db.handle());
}

} // namespace hamish
