#pragma once

#include "result.h"

struct fts5_api;
struct sqlite3;

namespace hamish {

// hamish_rank(article_fts, weight per column…): the score of FTS5's bm25() with the same
// arguments, equal to it, made faster for queries that match many articles. bm25() looks each
// matching row's length up in the index's size table, one query per row, and at 300,000
// articles that is most of a search's time; hamish_rank keeps the lengths it has looked up in
// memory for the connection and forgets them all whenever the library changes. Lower is better,
// as with bm25(). Registered on every connection, with the tokenizer (registerSearchExtensions()).
inline constexpr char RankFunctionName[] = "hamish_rank";

Status registerRankFunction(fts5_api& api, sqlite3* db);

} // namespace hamish
