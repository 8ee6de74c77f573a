#pragma once

#include "text/spansnap.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hamish {

// Finds mentions of names in a text, the way TECH-NOTES §4.2 describes: whole words only,
// harakat, tatweel, hamza forms, ى/ي and ة/ه ignored, and proclitics (و ف, then ب ك ل, with
// لل for لِ + ال) allowed on the first word when the stem keeps three letters. No suffix is
// ever stripped, so السعوديين and مصري are not mentions of السعودية and مصر.
//
// A mention's span leaves the proclitics out: السعودية in وبالسعودية, مصر in لمصر. In لل forms
// the span starts at the article's ل. Later words of a multi-word name must match exactly.
class MentionMatcher
{
public:
    struct Match
    {
        TextSpan span; // UTF-16 units of the text
        int name = 0;  // index of the name in the order added
    };

    // Returns the index of the name, or -1 for a name without words.
    int addName(const QString& name);
    bool isEmpty() const { return m_names.isEmpty(); }

    // Non-overlapping matches in text order; where names overlap, the longest wins.
    QList<Match> find(QStringView text) const;

private:
    struct Name
    {
        QStringList words; // folded
    };
    QList<Name> m_names;
    QHash<QString, QList<int>> m_byFirstWord;
};

// The mentions of one name in a text.
QList<TextSpan> findMentions(QStringView text, const QString& name);

} // namespace hamish
