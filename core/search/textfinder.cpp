#include "search/textfinder.h"

#include "text/arabicfold.h"
#include "text/clitics.h"

#include <QStringList>

namespace hamish {

namespace {

struct QueryWord
{
    QString folded;
    bool prefix = false;
};

bool matches(const QString& foldedWord, const QueryWord& q)
{
    if (q.prefix) {
        if (foldedWord.startsWith(q.folded))
            return true;
        const QStringList stems = procliticStems(foldedWord);
        return std::any_of(stems.cbegin(), stems.cend(), [&](const QString& s) { return s.startsWith(q.folded); });
    }
    return foldedWord == q.folded || procliticStems(foldedWord).contains(q.folded);
}

} // namespace

QList<WordSpan> findMatches(QStringView text, const QString& query)
{
    QList<QueryWord> queryWords;
    const QList<WordSpan> spans = findWords(query);
    for (qsizetype k = 0; k < spans.size(); ++k) {
        const WordSpan& w = spans.at(k);
        QueryWord q{foldForSearch(QStringView(query).sliced(w.start, w.end - w.start)), false};
        q.prefix = w.end < query.size() && query.at(w.end) == u'*';
        if (!q.folded.isEmpty())
            queryWords.append(q);
    }
    QList<WordSpan> found;
    if (queryWords.isEmpty())
        return found;

    const QList<WordSpan> words = findWords(text);
    QStringList folded;
    folded.reserve(words.size());
    for (const WordSpan& w : words)
        folded.append(foldForSearch(text.sliced(w.start, w.end - w.start)));
    for (qsizetype i = 0; i + queryWords.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < queryWords.size() && all; ++k)
            all = matches(folded.at(i + k), queryWords.at(k));
        if (all)
            found.append({words.at(i).start, words.at(i + queryWords.size() - 1).end});
    }
    return found;
}

} // namespace hamish
