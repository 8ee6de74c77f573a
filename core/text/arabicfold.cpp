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

namespace {

// The fold of the UTF-16 units most of any text is made of, without a call per unit: ASCII, and
// the Arabic letters and marks. Returns the folded unit, Dropped, or Elsewhere for the rest.
constexpr int Dropped = -1;
constexpr int Elsewhere = 0;
int quickFold(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? c + 0x20 : c == 0 ? Elsewhere : c;
    if (c < 0x0621 || c > 0x0670)
        return c == 0x200C || c == 0x200D ? Dropped : Elsewhere;
    switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
        return 0x0627;
    case 0x0629:
        return 0x0647;
    case 0x0649:
        return 0x064A;
    case 0x0640:
    case 0x0670:
        return Dropped;
    default:
        break;
    }
    if (c >= 0x064B && c <= 0x065F)
        return Dropped;
    if (c <= 0x063A || (c >= 0x0641 && c <= 0x064A))
        return c;
    return Elsewhere;
}

} // namespace

void appendFoldedText(QStringView source, QString& out)
{
    // Writes through a pointer into room made ahead; the rare units that need more go through
    // appendFolded.
    qsizetype used = out.size();
    out.resize(used + source.size());
    QChar* d = out.data();
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char16_t unit = source[i].unicode();
        if (const int quick = quickFold(unit); quick != Elsewhere) {
            if (quick != Dropped)
                d[used++] = QChar(char16_t(quick));
            continue;
        }
        char32_t c = unit;
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() && source[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source[i], source[i + 1]);
            ++i;
        }
        out.resize(used);
        appendFolded(c, out);
        used = out.size();
        out.resize(used + (source.size() - i));
        d = out.data();
    }
    out.resize(used);
}

bool foldsToNothing(QStringView source)
{
    for (qsizetype i = 0; i < source.size(); ++i) {
        const int quick = quickFold(source[i].unicode());
        if (quick == Dropped)
            continue;
        if (quick != Elsewhere)
            return false;
        // A rarer character: the full fold of what is left decides.
        QString rest;
        appendFoldedText(source.sliced(i), rest);
        return rest.isEmpty();
    }
    return true;
}

QString foldForSearch(QStringView source)
{
    QString folded;
    folded.reserve(source.size());
    appendFoldedText(source, folded);
    return folded;
}

} // namespace hamish
