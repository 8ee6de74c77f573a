#include "search/rankfunction.h"

#include "storage/database.h"

#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace hamish {

namespace {

// Okapi BM25's constants, as FTS5's bm25() has them.
constexpr double K1 = 1.2;
constexpr double B = 0.75;
// Lengths are kept in a table indexed by rowid up to this one (a 32 MiB table at most); longer
// ids are looked up each time.
constexpr sqlite3_int64 MaxKeptRowid = 8 * 1024 * 1024;

// The lengths, in tokens, of the rows looked up so far on one connection (-1: not yet), and
// the state of the library they were read in.
struct RowLengths
{
    sqlite3* db = nullptr;
    unsigned dataVersion = 0;
    sqlite3_int64 changes = -1;
    std::vector<int> lengths;

    // Forgets every length if the library changed since they were read: a commit on any
    // connection moves the data version, and a change on this one (even inside a transaction
    // not yet committed) the count of changes.
    void forgetIfChanged()
    {
        unsigned version = 0;
        sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
        const sqlite3_int64 now = sqlite3_total_changes64(db);
        if (version != dataVersion || now != changes)
            lengths.clear();
        dataVersion = version;
        changes = now;
    }

    int lengthOf(const Fts5ExtensionApi* api, Fts5Context* fts, int& rc)
    {
        const sqlite3_int64 rowid = api->xRowid(fts);
        const bool kept = rowid >= 0 && rowid < MaxKeptRowid;
        if (kept && rowid < sqlite3_int64(lengths.size()) && lengths[size_t(rowid)] >= 0)
            return lengths[size_t(rowid)];
        int length = 0;
        rc = api->xColumnSize(fts, -1, &length);
        if (rc == SQLITE_OK && kept) {
            if (rowid >= sqlite3_int64(lengths.size()))
                lengths.resize(size_t(rowid) + 1, -1);
            lengths[size_t(rowid)] = length;
        }
        return length;
    }
};

// What one query's scores share: each phrase's inverse document frequency and the mean length.
struct QueryStatistics
{
    std::vector<double> idf;
    double meanLength = 0;
    std::vector<double> frequency; // the current row's, per phrase: kept to spare an allocation per row
};

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* count)
{
    ++*static_cast<sqlite3_int64*>(count);
    return SQLITE_OK;
}

QueryStatistics* statisticsOf(const Fts5ExtensionApi* api, Fts5Context* fts, RowLengths& rows, int& rc)
{
    if (auto* known = static_cast<QueryStatistics*>(api->xGetAuxdata(fts, 0)))
        return known;
    rows.forgetIfChanged(); // once per query
    auto* statistics = new QueryStatistics;
    sqlite3_int64 rowCount = 0, tokenCount = 0;
    rc = api->xRowCount(fts, &rowCount);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokenCount);
    statistics->meanLength = rowCount > 0 ? double(tokenCount) / double(rowCount) : 0;
    for (int phrase = 0; rc == SQLITE_OK && phrase < api->xPhraseCount(fts); ++phrase) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, phrase, &hits, countRow);
        // A phrase in more than half the rows would get a negative weight; like bm25(), give it
        // a tiny positive one instead.
        const double idf = std::log((double(rowCount) - double(hits) + 0.5) / (double(hits) + 0.5));
        statistics->idf.push_back(idf > 0 ? idf : 1e-6);
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, statistics, [](void* data) { delete static_cast<QueryStatistics*>(data); });
    else
        delete statistics;
    return rc == SQLITE_OK ? statistics : nullptr;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argumentCount,
          sqlite3_value** weights)
{
    RowLengths& rows = *static_cast<RowLengths*>(api->xUserData(fts));
    int rc = SQLITE_OK;
    QueryStatistics* statistics = statisticsOf(api, fts, rows, rc);
    if (!statistics) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<double>& frequency = statistics->frequency;
    frequency.assign(statistics->idf.size(), 0.0);
    // Each phrase's instances straight from its position list: xInst would first merge every
    // phrase's into one array, for each matching row.
    for (size_t phrase = 0; rc == SQLITE_OK && phrase < frequency.size(); ++phrase) {
        Fts5PhraseIter instance;
        int column = 0, offset = 0;
        rc = api->xPhraseFirst(fts, int(phrase), &instance, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &instance, &column, &offset))
            frequency[phrase] += column < argumentCount ? sqlite3_value_double(weights[column]) : 1.0;
    }
    const int length = rc == SQLITE_OK ? rows.lengthOf(api, fts, rc) : 0;
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    for (size_t phrase = 0; phrase < frequency.size(); ++phrase) {
        const double f = frequency[phrase];
        // In bm25()'s order of operations, so that the two give the same doubles.
        score += statistics->idf[phrase]
                 * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * double(length) / statistics->meanLength)));
    }
    sqlite3_result_double(context, -score);
}

} // namespace

Status registerRankFunction(fts5_api& api, sqlite3* db)
{
    auto* rows = new RowLengths{db};
    if (api.xCreateFunction(&api, RankFunctionName, rows, rank,
                            [](void* data) { delete static_cast<RowLengths*>(data); })
        != SQLITE_OK) {
        delete rows;
        return failure(Database::tr("Cannot register the search's ranking function."));
    }
    return {};
}

} // namespace hamish
