#include "text/arabicletters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>

namespace hamish {

namespace {

constexpr char16_t FirstLetter = 0x0621;
constexpr char16_t LastLetter = 0x064A;
constexpr int LetterCount = LastLetter - FirstLetter + 1;
constexpr int Other = LetterCount; // the class of spaces, digits and punctuation
constexpr double UnexpectedCharacter = -10.0;

// logProbability[a][b]: of b following a. Letters outside the table (U+063B–U+0640) never
// follow anything in Arabic text and keep the lowest score.
struct LetterPairs
{
    std::array<std::array<float, LetterCount + 1>, LetterCount + 1> logProbability{};

    LetterPairs()
    {
        for (auto& row : logProbability)
            row.fill(float(UnexpectedCharacter));
        QFile file(QStringLiteral(":/text/arabic-letter-pairs.json"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject table = QJsonDocument::fromJson(file.readAll()).object();
        const QString symbols = table.value(u"symbols").toString();
        const QJsonObject rows = table.value(u"logProbability").toObject();
        const auto classOf = [](QChar c) { return c == u'_' ? Other : int(c.unicode() - FirstLetter); };
        for (const QChar from : symbols) {
            const QJsonArray row = rows.value(QString(from)).toArray();
            for (qsizetype i = 0; i < row.size() && i < symbols.size(); ++i)
                logProbability[classOf(from)][classOf(symbols.at(i))] = float(row.at(i).toDouble());
        }
    }
};

const LetterPairs& letterPairs()
{
    static const LetterPairs pairs;
    return pairs;
}

bool isSkipped(char16_t c)
{
    return (c >= 0x064B && c <= 0x0652) || c == 0x0640;
}

bool isOther(char16_t c)
{
    if (c < 0x80)
        return true;
    switch (c) {
    case 0x00A0:
    case 0x00AB:
    case 0x00BB:
    case 0x060C:
    case 0x061B:
    case 0x061F:
    case 0x066A:
    case 0x066B:
    case 0x066C:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2026:
        return true;
    default:
        return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) || QChar::isSpace(c);
    }
}

} // namespace

double arabicLetterScore(QStringView text)
{
    const LetterPairs& pairs = letterPairs();
    double total = 0;
    qsizetype transitions = 0;
    int previous = Other;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isSkipped(c))
            continue;
        int current;
        if (c >= FirstLetter && c <= LastLetter)
            current = c - FirstLetter;
        else if (isOther(c))
            current = Other;
        else {
            total += UnexpectedCharacter;
            ++transitions;
            previous = Other;
            continue;
        }
        if (current == Other && previous == Other)
            continue;
        total += pairs.logProbability[previous][current];
        ++transitions;
        previous = current;
    }
    return transitions == 0 ? UnexpectedCharacter : total / double(transitions);
}

int arabicConfidence(double score)
{
    const double scaled = (score + 4.5) / 2.0 * 100.0;
    return int(std::lround(std::clamp(scaled, 0.0, 100.0)));
}

} // namespace hamish
