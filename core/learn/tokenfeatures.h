#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hamish {

// Names known before tagging, with their types: every folded word (and stem) of the training
// tags' names, and the first words, so a token that starts a known person's name says so.
struct Gazetteer
{
    QHash<QString, QStringList> firstWords; // word → the types of the names it starts
    QHash<QString, QStringList> words;      // word → the types of the names it is in

    void addName(const QStringList& foldedWords, const QString& type);
    bool isEmpty() const { return words.isEmpty(); }
};

// Which feature groups a tagger uses (the benchmark measures what each adds).
struct FeatureSet
{
    bool affixes = true;   // prefixes and suffixes of 1–3 letters
    bool stems = true;     // the stem after the proclitics
    bool shape = true;     // Latin, digits, punctuation, length
    bool context = true;   // the words ±1 and ±2 and their stems
    bool gazetteer = true; // the word or its stem starts or is in a known name
};

// Arabic-aware features of each token of a sentence, as 64-bit hashes of their names (a model
// keeps a dictionary of those it saw, so no two features share a weight): the folded word, its
// proclitic stem, affixes, shape, the neighbouring words and the gazetteer. Words are folded as
// search folds them.
class TokenFeatures
{
public:
    TokenFeatures(FeatureSet set, const Gazetteer* gazetteer)
        : m_set(set)
        , m_gazetteer(gazetteer)
    {
    }

    // `unknown` tokens (training's word dropout) lose their word and stem, as an unseen name has.
    QList<QList<quint64>> sentence(const QStringList& tokens, const QList<bool>& unknown = {}) const;
    // The folded form a token is known by (for variety in the review order, and the gazetteer).
    static QString folded(const QString& token);
    static QString stemOf(const QString& foldedToken);
    static QString shapeOf(const QString& token);
    static quint64 hash(QStringView feature);

private:
    FeatureSet m_set;
    const Gazetteer* m_gazetteer;
};

} // namespace hamish
