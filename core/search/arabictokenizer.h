#pragma once

#include "result.h"

namespace hamish {

class Database;

// The FTS5 tokenizer behind every search: words as in findWords(), folded with
// foldForSearch(), and, in documents, each word's proclitic stems as colocated tokens,
// so that a query for السعودية finds بالسعودية and للسعودية. Offsets passed to FTS5 are
// the original byte offsets, so snippet() marks the original, diacritised text.
// It must be registered on every connection before the search table is touched.
inline constexpr char ArabicTokenizerName[] = "hamish_arabic";

Status registerArabicTokenizer(Database& db);

} // namespace hamish
