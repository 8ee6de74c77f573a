#include "entities/mentionmatcher.h"

#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/words.h"

namespace hamish {

int MentionMatcher::addName(const QString& name)
{
    Name folded;
    for (const WordSpan& w : findWords(name)) {
        const QString word = foldForSearch(QStringView(name).sliced(w.start, w.end - w.start));
        if (!word.isEmpty())
            folded.words.append(word);
    }
    if (folded.words.isEmpty())
        return -1;
    m_names.append(folded);
    const int index = int(m_names.size() - 1);
    m_byFirstWord[folded.words.first()].append(index);
    return index;
}

QList<MentionMatcher::Match> MentionMatcher::find(QStringView text) const
{
    QList<Match> matches;
    if (m_names.isEmpty())
        return matches;
    const QList<WordSpan> words = findWords(text);
    QStringList folded;
    folded.reserve(words.size());
    for (const WordSpan& w : words)
        folded.append(foldForSearch(text.sliced(w.start, w.end - w.start)));

    for (qsizetype i = 0; i < words.size(); ++i) {
        // The word itself, then each way of reading it as proclitics + stem.
        QList<ProcliticReading> readings{{folded.at(i), 0}};
        readings += procliticReadings(folded.at(i));
        Match best{{0, 0}, -1};
        for (const ProcliticReading& reading : std::as_const(readings)) {
            const auto candidates = m_byFirstWord.constFind(reading.stem);
            if (candidates == m_byFirstWord.cend())
                continue;
            for (int index : *candidates) {
                const QStringList& nameWords = m_names.at(index).words;
                if (i + nameWords.size() > words.size())
                    continue;
                bool rest = true;
                for (qsizetype k = 1; k < nameWords.size() && rest; ++k)
                    rest = folded.at(i + k) == nameWords.at(k);
                if (!rest)
                    continue;
                const WordSpan& first = words.at(i);
                const FoldedText map = foldWithOrigins(text.sliced(first.start, first.end - first.start));
                const TextSpan span{first.start + map.origin.at(reading.prefixLength),
                                    words.at(i + nameWords.size() - 1).end};
                if (best.name < 0 || span.end - span.start > best.span.end - best.span.start)
                    best = {span, index};
            }
        }
        if (best.name >= 0) {
            matches.append(best);
            // Skip the words the match covers.
            while (i + 1 < words.size() && words.at(i + 1).start < best.span.end)
                ++i;
        }
    }
    return matches;
}

QList<TextSpan> findMentions(QStringView text, const QString& name)
{
    MentionMatcher matcher;
    matcher.addName(name);
    QList<TextSpan> spans;
    for (const MentionMatcher::Match& match : matcher.find(text))
        spans.append(match.span);
    return spans;
}

} // namespace hamish
