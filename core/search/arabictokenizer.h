#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <string>
#include <vector>

struct fts5_api;

namespace hamish {

// The FTS5 tokenizer behind every search: words as in findWords(), folded with
// foldForSearch(), and, in documents, each word's proclitic stems as colocated tokens,
// so that a query for السعودية finds بالسعودية and للسعودية. Offsets passed to FTS5 are
// the original byte offsets, so snippet() marks the original, diacritised text.
// It must be registered on every connection before the search table is touched
// (registerSearchExtensions()).
inline constexpr char ArabicTokenizerName[] = "hamish_arabic";

Status registerArabicTokenizer(fts5_api& api);

// The index tokens of one document text, made ahead of its insert, on any thread: an import
// folds the next articles on a second core while SQLite writes the current one.
struct IndexTokens
{
    struct Token
    {
        int from = 0; // in tokenBytes
        int length = 0;
        int start = 0; // UTF-8 offsets in text
        int end = 0;
        bool colocated = false;
    };
    QByteArray text; // the UTF-8 text the tokens were made from
    std::string tokenBytes;
    std::vector<Token> tokens;
};
IndexTokens indexTokensOf(const QString& text);

// While one lives, the tokenizer on this thread takes the prepared tokens of a document whose
// text is byte for byte one of these, instead of making them again.
class PreparedIndexTokens
{
public:
    PreparedIndexTokens(std::initializer_list<const IndexTokens*> texts);
    ~PreparedIndexTokens();
    PreparedIndexTokens(const PreparedIndexTokens&) = delete;
    PreparedIndexTokens& operator=(const PreparedIndexTokens&) = delete;
};

} // namespace hamish
