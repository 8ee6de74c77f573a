#include "text/tokens.h"

#include <memory>
#include <unicode/ubrk.h>

namespace hamish {

namespace {

struct BreakCloser
{
    void operator()(UBreakIterator* b) const { ubrk_close(b); }
};

using BreakIterator = std::unique_ptr<UBreakIterator, BreakCloser>;

// An iterator of this thread's, set on `text`: opening one loads and compiles its rules, which
// costs far more than breaking a sentence, so each thread opens one of each kind and reuses it.
UBreakIterator* iteratorOver(UBreakIteratorType type, QStringView text)
{
    thread_local BreakIterator words;
    thread_local BreakIterator sentences;
    BreakIterator& it = type == UBRK_WORD ? words : sentences;
    UErrorCode status = U_ZERO_ERROR;
    if (!it) {
        it.reset(ubrk_open(type, "ar", nullptr, 0, &status));
        if (U_FAILURE(status)) {
            it.reset();
            return nullptr;
        }
    }
    ubrk_setText(it.get(), reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    return U_SUCCESS(status) ? it.get() : nullptr;
}

bool isSpace(QStringView piece)
{
    return std::all_of(piece.cbegin(), piece.cend(),
                       [](QChar c) { return c.isSpace() || c == QChar(0x200F) || c == QChar(0x200E); });
}

} // namespace

QList<TextSpan> icuTokens(QStringView text, qsizetype offset)
{
    QList<TextSpan> tokens;
    UBreakIterator* it = iteratorOver(UBRK_WORD, text);
    if (!it)
        return tokens;
    int32_t start = ubrk_first(it);
    for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
        const QStringView piece = text.sliced(start, end - start);
        if (isSpace(piece))
            continue;
        const bool allPunctuation = std::all_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isPunct(); });
        if (ubrk_getRuleStatus(it) == UBRK_WORD_NONE && piece.size() > 1 && allPunctuation) {
            // A run of punctuation: one token per mark.
            for (qsizetype i = 0; i < piece.size(); ++i)
                tokens.append({offset + start + i, offset + start + i + 1});
            continue;
        }
        tokens.append({offset + start, offset + end});
    }
    return tokens;
}

QList<QList<TextSpan>> icuSentences(QStringView text)
{
    QList<QList<TextSpan>> sentences;
    UBreakIterator* it = iteratorOver(UBRK_SENTENCE, text);
    if (!it)
        return sentences;
    int32_t start = ubrk_first(it);
    for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
        QList<TextSpan> tokens = icuTokens(text.sliced(start, end - start), start);
        if (!tokens.isEmpty())
            sentences.append(tokens);
    }
    return sentences;
}

QList<QList<TextSpan>> whitespaceSentences(QStringView text)
{
    QList<QList<TextSpan>> sentences;
    QList<TextSpan> current;
    qsizetype tokenStart = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar(u'\n') : text.at(i);
        if (c == u' ' || c == u'\n') {
            if (tokenStart >= 0)
                current.append({tokenStart, i});
            tokenStart = -1;
            if (c == u'\n' && !current.isEmpty()) {
                sentences.append(current);
                current.clear();
            }
        } else if (tokenStart < 0) {
            tokenStart = i;
        }
    }
    return sentences;
}

} // namespace hamish
