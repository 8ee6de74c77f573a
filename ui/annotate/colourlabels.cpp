#include "annotate/colourlabels.h"

#include <QCoreApplication>

namespace hamish {

QString colourLabel(const QString& colour)
{
    // The stored names, marked for translation.
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("Colours", "yellow"), QT_TRANSLATE_NOOP("Colours", "green"),
        QT_TRANSLATE_NOOP("Colours", "blue"),   QT_TRANSLATE_NOOP("Colours", "pink"),
        QT_TRANSLATE_NOOP("Colours", "orange"), QT_TRANSLATE_NOOP("Colours", "purple"),
    };
    for (const char* name : names) {
        if (colour == QLatin1String(name))
            return QCoreApplication::translate("Colours", name);
    }
    return colour;
}

} // namespace hamish
