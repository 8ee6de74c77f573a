#include "text/displaytext.h"

namespace hamish {

namespace {

const char16_t* controlName(char16_t c)
{
    switch (c) {
    case 0x202A:
        return u"LRE";
    case 0x202B:
        return u"RLE";
    case 0x202C:
        return u"PDF";
    case 0x202D:
        return u"LRO";
    case 0x202E:
        return u"RLO";
    case 0x2066:
        return u"LRI";
    case 0x2067:
        return u"RLI";
    case 0x2068:
        return u"FSI";
    case 0x2069:
        return u"PDI";
    default:
        return nullptr;
    }
}

} // namespace

bool isBidiControl(char16_t c)
{
    return controlName(c) != nullptr;
}

QString displaySafe(const QString& text)
{
    return displaySafe(text, QChar(0x2068));
}

QString displayPath(const QString& path)
{
    return displaySafe(path, QChar(0x2066));
}

QString displaySafe(const QString& text, QChar isolate)
{
    QString safe;
    safe.reserve(text.size() + 2);
    safe += isolate;
    for (const QChar c : text) {
        if (const char16_t* name = controlName(c.unicode()))
            safe += QChar(0x27E6) + QString::fromUtf16(name) + QChar(0x27E7);
        else
            safe += c;
    }
    safe += QChar(0x2069);
    return safe;
}

} // namespace hamish
