#include "learn/tokenfeatures.h"

#include "text/arabicfold.h"
#include "text/clitics.h"

namespace hamish {

void Gazetteer::addName(const QStringList& foldedWords, const QString& type)
{
    if (foldedWords.isEmpty())
        return;
    const auto note = [&type](QStringList& types) {
        if (!types.contains(type))
            types.append(type);
    };
    note(firstWords[foldedWords.first()]);
    for (const QString& word : foldedWords)
        note(words[word]);
}

QString TokenFeatures::folded(const QString& token)
{
    return foldForSearch(token);
}

QString TokenFeatures::stemOf(const QString& foldedToken)
{
    // The shortest reading: the stem with every proclitic taken off.
    const QStringList stems = procliticStems(foldedToken);
    QString shortest = foldedToken;
    for (const QString& stem : stems) {
        if (stem.size() < shortest.size())
            shortest = stem;
    }
    return shortest;
}

QString TokenFeatures::shapeOf(const QString& token)
{
    bool arabic = false, latin = false, upper = false, digit = false, other = false;
    for (const QChar c : token) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF && c.isLetter())
            arabic = true;
        else if (c.isLetter()) {
            latin = true;
            upper = upper || c.isUpper();
        } else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    QString shape;
    shape += arabic ? u'a' : u'-';
    shape += latin ? (upper ? u'L' : u'l') : u'-';
    shape += digit ? u'9' : u'-';
    shape += other ? u'.' : u'-';
    shape += QString::number(qMin<qsizetype>(token.size(), 8));
    return shape;
}

quint64 TokenFeatures::hash(QStringView feature)
{
    // FNV-1a, 64 bits, over the UTF-16 units.
    quint64 h = 14695981039346656037ull;
    for (const QChar c : feature) {
        h ^= c.unicode() & 0xFF;
        h *= 1099511628211ull;
        h ^= c.unicode() >> 8;
        h *= 1099511628211ull;
    }
    return h;
}

QList<QList<quint64>> TokenFeatures::sentence(const QStringList& tokens, const QList<bool>& unknown) const
{
    QStringList words, stems;
    for (const QString& token : tokens) {
        words.append(folded(token));
        stems.append(stemOf(words.last()));
    }
    const auto wordAt = [&](qsizetype i) {
        return i < 0 ? QStringLiteral("<s>") : i >= words.size() ? QStringLiteral("</s>") : words.at(i);
    };
    const auto stemAt = [&](qsizetype i) {
        return i < 0 ? QStringLiteral("<s>") : i >= stems.size() ? QStringLiteral("</s>") : stems.at(i);
    };
    QList<QList<quint64>> out;
    out.reserve(tokens.size());
    QString feature;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QList<quint64> f;
        const auto add = [&](QStringView prefix, QStringView value) {
            feature = prefix.toString();
            feature += value;
            f.append(hash(feature));
        };
        const QString& word = words.at(i);
        const bool known = !unknown.value(i);
        add(u"w=", known ? word : QStringLiteral("<unk>"));
        if (m_set.stems)
            add(u"s=", known ? stems.at(i) : QStringLiteral("<unk>"));
        if (m_set.affixes) {
            for (int n = 1; n <= 3 && n < word.size(); ++n) {
                add(QStringLiteral("p%1=").arg(n), QStringView(word).left(n));
                add(QStringLiteral("x%1=").arg(n), QStringView(word).right(n));
            }
        }
        if (m_set.shape)
            add(u"h=", shapeOf(tokens.at(i)));
        if (m_set.context) {
            add(u"w-1=", wordAt(i - 1));
            add(u"w+1=", wordAt(i + 1));
            add(u"w-2=", wordAt(i - 2));
            add(u"w+2=", wordAt(i + 2));
            add(u"s-1=", stemAt(i - 1));
            add(u"s+1=", stemAt(i + 1));
            if (m_set.shape) {
                add(u"h-1=", i > 0 ? shapeOf(tokens.at(i - 1)) : QStringLiteral("<s>"));
                add(u"h+1=", i + 1 < tokens.size() ? shapeOf(tokens.at(i + 1)) : QStringLiteral("</s>"));
            }
        }
        if (known && m_set.gazetteer && m_gazetteer && !m_gazetteer->isEmpty()) {
            const QString& stem = stems.at(i);
            const auto addTypes = [&](QStringView prefix, const QHash<QString, QStringList>& table, const QString& a,
                                      const QString& b) {
                for (const QString& type : table.value(a))
                    add(prefix, type);
                if (b != a) {
                    for (const QString& type : table.value(b))
                        add(prefix, type);
                }
            };
            addTypes(u"g1=", m_gazetteer->firstWords, word, stem);
            addTypes(u"gi=", m_gazetteer->words, word, stem);
            if (i > 0)
                addTypes(u"gi-1=", m_gazetteer->words, words.at(i - 1), stems.at(i - 1));
            if (i + 1 < words.size())
                addTypes(u"gi+1=", m_gazetteer->words, words.at(i + 1), stems.at(i + 1));
        }
        std::sort(f.begin(), f.end());
        f.erase(std::unique(f.begin(), f.end()), f.end());
        out.append(f);
    }
    return out;
}

} // namespace hamish
