#include "text/arabicfold.h"

#include <QChar>

namespace hamish {

namespace {

bool isPresentationForm(char32_t c)
{
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// Appends the fold of one code point; returns nothing for dropped characters.
void appendFolded(char32_t c, QString& out)
{
    // Most of any Arabic text: letters that fold to themselves.
    if ((c >= 0x0621 && c <= 0x063A && c != 0x0622 && c != 0x0623 && c != 0x0625 && c != 0x0629)
        || (c >= 0x0641 && c <= 0x064A && c != 0x0649)) {
        out += QChar(char16_t(c));
        return;
    }
    if (isFoldedAway(c))
        return;
    switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
        out += QChar(0x0627);
        return;
    case 0x0649:
        out += QChar(0x064A);
        return;
    case 0x0629:
    case 0x06C0: // ۀ heh with yeh above
    case 0x06C1: // ہ heh goal
    case 0x06D5: // ە ae
        out += QChar(0x0647);
        return;
    case 0x06CC: // ی Farsi yeh, common in Arabic news typed on Persian layouts
        out += QChar(0x064A);
        return;
    case 0x06A9: // ک keheh
    case 0x06AA: // ڪ swash kaf
        out += QChar(0x0643);
        return;
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) {
        out += QChar(u'0' + char16_t(c - 0x0660));
        return;
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
        out += QChar(u'0' + char16_t(c - 0x06F0));
        return;
    }
    if (isPresentationForm(c)) {
        const QString decomposed = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
        if (decomposed.size() != 1 || decomposed.at(0).unicode() != c) {
            for (const QChar d : decomposed)
                appendFolded(d.unicode(), out);
            return;
        }
    }
    if (c < 0x0600 || c > 0x06FF) {
        const char32_t folded = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(folded)) {
            out += QChar(QChar::highSurrogate(folded));
            out += QChar(QChar::lowSurrogate(folded));
        } else {
            out += QChar(char16_t(folded));
        }
        return;
    }
    out += QChar(char16_t(c));
}

} // namespace

bool isFoldedAway(char32_t c)
{
    // Harakat, superscript alef, tatweel, and the joiners that only steer shaping inside a word.
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x200C || c == 0x200D;
}

FoldedText foldWithOrigins(QStringView source)
{
    FoldedText result;
    result.text.reserve(source.size());
    result.origin.reserve(source.size() + 1);
    qsizetype i = 0;
    while (i < source.size()) {
        const qsizetype start = i;
        char32_t c = source.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source.at(i), source.at(i + 1));
            ++i;
        }
        ++i;
        const qsizetype before = result.text.size();
        appendFolded(c, result.text);
        for (qsizetype k = before; k < result.text.size(); ++k)
            result.origin.append(start);
    }
    result.origin.append(source.size());
    return result;
}

void appendFoldedText(QStringView source, QString& out)
{
    for (qsizetype i = 0; i < source.size(); ++i) {
        char32_t c = source.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source.at(i), source.at(i + 1));
            ++i;
        }
        appendFolded(c, out);
    }
}

QString foldForSearch(QStringView source)
{
    QString folded;
    folded.reserve(source.size());
    appendFoldedText(source, folded);
    return folded;
}

} // namespace hamish
