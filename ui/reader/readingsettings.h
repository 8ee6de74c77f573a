#pragma once

#include <QFont>

class QMenu;
class QWidget;

namespace hamish {

class ReaderView;

// Reading comfort, kept in the preferences: font and size, line spacing, the widest the
// text column may be, and a light or dark page. An Arabic font is the default.
struct ReadingSettings
{
    QFont font;
    int lineSpacing = 125; // percent
    int columnWidth = 860; // pixels; 0 is the whole pane
    bool dark = false;

    static ReadingSettings load();
    // What the reader shows now.
    static ReadingSettings of(const ReaderView& reader);
    void save() const;
    void applyTo(ReaderView& reader) const;
};

// The View menu's reading entries; every change applies at once and is saved.
QMenu* createReadingMenu(ReaderView& reader, QWidget* parent);

} // namespace hamish
