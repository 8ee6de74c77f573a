#include "search/arabictokenizer.h"

#include "storage/database.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"

#include <sqlite3.h>

#include <vector>

namespace hamish {

namespace {

struct TokenizerInstance
{
};

int createTokenizer(void*, const char**, int, Fts5Tokenizer** out)
{
    *out = reinterpret_cast<Fts5Tokenizer*>(new TokenizerInstance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer* tokenizer)
{
    delete reinterpret_cast<TokenizerInstance*>(tokenizer);
}

int utf8Length(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int emitToken(TokenCallback callback, void* context, int flags, const QString& token, int start, int end)
{
    const QByteArray utf8 = token.toUtf8();
    return callback(context, flags, utf8.constData(), int(utf8.size()), start, end);
}

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int length, TokenCallback callback)
{
    const QString decoded = QString::fromUtf8(text, length);
    // byteAt[i] is the UTF-8 offset of UTF-16 index i.
    std::vector<int> byteAt(size_t(decoded.size()) + 1, length);
    int bytes = 0;
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        byteAt[size_t(i)] = bytes;
        char32_t c = decoded.at(i).unicode();
        if (decoded.at(i).isHighSurrogate() && i + 1 < decoded.size()) {
            c = QChar::surrogateToUcs4(decoded.at(i), decoded.at(i + 1));
            byteAt[size_t(++i)] = bytes;
        }
        bytes += utf8Length(c);
    }
    const bool isDocument = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    for (const WordSpan& word : findWords(decoded)) {
        const QString folded = foldForSearch(QStringView(decoded).sliced(word.start, word.end - word.start));
        if (folded.isEmpty())
            continue;
        const int start = byteAt[size_t(word.start)];
        const int end = byteAt[size_t(word.end)];
        if (int rc = emitToken(callback, context, 0, folded, start, end); rc != SQLITE_OK)
            return rc;
        if (!isDocument)
            continue;
        for (const QString& stem : procliticStems(folded)) {
            if (int rc = emitToken(callback, context, FTS5_TOKEN_COLOCATED, stem, start, end); rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

fts5_api* ftsApi(sqlite3* db)
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

Status registerArabicTokenizer(Database& db)
{
    fts5_api* api = ftsApi(db.handle());
    if (!api)
        return failure(Database::tr("This SQLite library has no FTS5 support."));
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, ArabicTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return failure(Database::tr("Cannot register the Arabic search tokenizer."));
    return {};
}

} // namespace hamish
