#pragma once

#include "result.h"

namespace hamish {

class Database;

// Settings for one long write, such as the import of a large corpus, made inside its
// transaction: a larger page cache, and the search index's segment merges left to FTS5's
// crisis merges until finish() puts back the usual incremental merging. Merging sixteen
// segments at a time instead of four writes each index entry fewer times; searches are as fast.
class BulkWrite
{
public:
    explicit BulkWrite(Database& db);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

    // Puts the settings back; call it before the transaction commits.
    Status finish();

private:
    Database& m_db;
    qint64 m_cacheSize = 0;
    qint64 m_automerge = 0;
    bool m_active = false;
};

} // namespace hamish
