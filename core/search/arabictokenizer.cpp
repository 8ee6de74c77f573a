#include "search/arabictokenizer.h"

#include "storage/database.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"

#include <sqlite3.h>

#include <string>
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

// Appends UTF-16 text as UTF-8 to a reused buffer.
void appendUtf8(std::string& out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
}

// The inner loop of every index write, so it reuses its buffers and allocates nothing per token.
int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int length, TokenCallback callback)
{
    thread_local QString decoded;
    thread_local std::vector<int> byteAt;
    thread_local std::string token;
    decoded = QString::fromUtf8(text, length);
    // byteAt[i] is the UTF-8 offset of UTF-16 index i.
    byteAt.assign(size_t(decoded.size()) + 1, length);
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
        token.clear();
        appendUtf8(token, folded);
        if (int rc = callback(context, 0, token.data(), int(token.size()), start, end); rc != SQLITE_OK)
            return rc;
        if (!isDocument)
            continue;
        StemRef stems[MaximumReadings];
        const int count = procliticStemRefs(folded, stems);
        for (int k = 0; k < count; ++k) {
            token.clear();
            if (stems[k].alef)
                token += "\xD8\xA7"; // ا
            appendUtf8(token, QStringView(folded).mid(stems[k].from));
            if (int rc = callback(context, FTS5_TOKEN_COLOCATED, token.data(), int(token.size()), start, end); rc != SQLITE_OK)
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
