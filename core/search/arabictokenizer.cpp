#include "search/arabictokenizer.h"

#include "storage/database.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"

#include <cstring>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace hamish {

namespace {

struct TokenizerInstance
{};

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

// Appends UTF-16 text as UTF-8 to a reused buffer, writing through a pointer: this runs for every
// token of every text indexed or snippeted.
void appendUtf8(std::string& out, QStringView text)
{
    const size_t before = out.size();
    out.resize(before + size_t(text.size()) * 3); // a UTF-16 unit never takes more than 3 bytes
    char* p = out.data() + before;
    const QChar* c16 = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = c16[i].unicode();
        if (c < 0x80) {
            *p++ = char(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && c16[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(c16[i], c16[i + 1]);
            ++i;
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    out.resize(size_t(p - out.data()));
}

// What a caller needs of each token: its fold (a query), its fold and the readings without
// proclitics (a document being indexed), or only where it is (an auxiliary function such as
// snippet(), which maps the index's token positions back to the text and never reads the tokens).
enum class TokenUse { Query, Document, PlaceOnly };

TokenUse tokenUseOf(int flags)
{
    if (flags & FTS5_TOKENIZE_DOCUMENT)
        return TokenUse::Document;
    return flags & FTS5_TOKENIZE_AUX ? TokenUse::PlaceOnly : TokenUse::Query;
}

// Calls onToken(flags, token, length, start, end) for every token of a UTF-16 text, offsets in
// bytes of its UTF-8 form `utf8`. Buffers are reused: nothing is allocated per token in the inner
// loop of every index write.
template<typename OnToken> int forEachToken(const QString& decoded, QByteArrayView utf8, TokenUse use, OnToken onToken)
{
    const int byteLength = int(utf8.size());
    thread_local std::vector<int> byteAt;
    thread_local std::string token;
    // byteAt[i] is the UTF-8 offset of UTF-16 index i.
    byteAt.assign(size_t(decoded.size()) + 1, byteLength);
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
    thread_local QString folded;
    int rc = SQLITE_OK;
    forEachWord(decoded, [&](qsizetype wordStart, qsizetype wordEnd) {
        if (use == TokenUse::PlaceOnly) {
            // The same tokens as the index holds, the word's own bytes standing for each.
            if (foldsToNothing(QStringView(decoded).sliced(wordStart, wordEnd - wordStart)))
                return true;
            const int start = byteAt[size_t(wordStart)];
            const int end = byteAt[size_t(wordEnd)];
            rc = onToken(0, utf8.data() + start, end - start, start, end);
            return rc == SQLITE_OK;
        }
        folded.clear();
        appendFoldedText(QStringView(decoded).sliced(wordStart, wordEnd - wordStart), folded);
        if (folded.isEmpty())
            return true;
        const int start = byteAt[size_t(wordStart)];
        const int end = byteAt[size_t(wordEnd)];
        token.clear();
        appendUtf8(token, folded);
        if (rc = onToken(0, token.data(), int(token.size()), start, end); rc != SQLITE_OK)
            return false;
        if (use != TokenUse::Document)
            return true;
        StemRef stems[MaximumReadings];
        const int count = procliticStemRefs(folded, stems);
        for (int k = 0; k < count; ++k) {
            token.clear();
            if (stems[k].alef)
                token += "\xD8\xA7"; // ا
            appendUtf8(token, QStringView(folded).mid(stems[k].from));
            if (rc = onToken(FTS5_TOKEN_COLOCATED, token.data(), int(token.size()), start, end); rc != SQLITE_OK)
                return false;
        }
        return true;
    });
    return rc;
}

// Texts whose tokens were prepared ahead, for the inserts running on this thread.
thread_local QList<const IndexTokens*> preparedTexts;

const IndexTokens* preparedFor(const char* text, int length)
{
    for (const IndexTokens* prepared : std::as_const(preparedTexts)) {
        if (prepared->text.size() == length && std::memcmp(prepared->text.constData(), text, size_t(length)) == 0)
            return prepared;
    }
    return nullptr;
}

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int length, TokenCallback callback)
{
    const TokenUse use = tokenUseOf(flags);
    if (use == TokenUse::Document) {
        if (const IndexTokens* prepared = preparedFor(text, length)) {
            for (const IndexTokens::Token& t : prepared->tokens) {
                const int rc = callback(context, t.colocated ? FTS5_TOKEN_COLOCATED : 0,
                                        prepared->tokenBytes.data() + t.from, t.length, t.start, t.end);
                if (rc != SQLITE_OK)
                    return rc;
            }
            return SQLITE_OK;
        }
    }
    thread_local QString decoded;
    decoded = QString::fromUtf8(text, length);
    return forEachToken(decoded, QByteArrayView(text, length), use,
                        [&](int tokenFlags, const char* token, int size, int start, int end) {
                            return callback(context, tokenFlags, token, size, start, end);
                        });
}

} // namespace

IndexTokens indexTokensOf(const QString& text)
{
    IndexTokens prepared;
    prepared.text = text.toUtf8();
    (void)forEachToken(text, prepared.text, TokenUse::Document,
                       [&](int flags, const char* token, int size, int start, int end) {
                           prepared.tokens.push_back(
                               {int(prepared.tokenBytes.size()), size, start, end, flags == FTS5_TOKEN_COLOCATED});
                           prepared.tokenBytes.append(token, size_t(size));
                           return SQLITE_OK;
                       });
    return prepared;
}

PreparedIndexTokens::PreparedIndexTokens(std::initializer_list<const IndexTokens*> texts)
{
    Q_ASSERT(preparedTexts.isEmpty()); // scopes do not nest
    preparedTexts = texts;
}

PreparedIndexTokens::~PreparedIndexTokens()
{
    preparedTexts.clear();
}

Status registerArabicTokenizer(fts5_api& api)
{
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api.xCreateTokenizer(&api, ArabicTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return failure(Database::tr("Cannot register the Arabic search tokenizer."));
    return {};
}

} // namespace hamish
