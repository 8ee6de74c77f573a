#include "reader/readingsettings.h"

#include "reader/readerview.h"

#include <QActionGroup>
#include <QFontDialog>
#include <QMenu>
#include <QSettings>

namespace hamish {

namespace {

void change(ReaderView& reader, const std::function<void(ReadingSettings&)>& edit)
{
    ReadingSettings settings = ReadingSettings::of(reader);
    edit(settings);
    settings.applyTo(reader);
    settings.save();
}

} // namespace

ReadingSettings ReadingSettings::of(const ReaderView& reader)
{
    return {reader.document()->defaultFont(), reader.lineSpacing(), reader.columnWidth(), reader.isDarkTheme()};
}

ReadingSettings ReadingSettings::load()
{
    QSettings store;
    ReadingSettings settings;
    settings.font = ReaderView::defaultReadingFont();
    if (const QString font = store.value(QStringLiteral("reading/font")).toString(); !font.isEmpty())
        settings.font.fromString(font);
    settings.lineSpacing = store.value(QStringLiteral("reading/lineSpacing"), settings.lineSpacing).toInt();
    settings.columnWidth = store.value(QStringLiteral("reading/columnWidth"), settings.columnWidth).toInt();
    settings.dark = store.value(QStringLiteral("reading/dark"), settings.dark).toBool();
    return settings;
}

void ReadingSettings::save() const
{
    QSettings store;
    store.setValue(QStringLiteral("reading/font"), font.toString());
    store.setValue(QStringLiteral("reading/lineSpacing"), lineSpacing);
    store.setValue(QStringLiteral("reading/columnWidth"), columnWidth);
    store.setValue(QStringLiteral("reading/dark"), dark);
}

void ReadingSettings::applyTo(ReaderView& reader) const
{
    reader.setReadingFont(font);
    reader.setLineSpacing(lineSpacing);
    reader.setColumnWidth(columnWidth);
    reader.setDarkTheme(dark);
}

QMenu* createReadingMenu(ReaderView& reader, QWidget* parent)
{
    auto* menu = new QMenu(QObject::tr("&Reading"), parent);
    QAction* larger = menu->addAction(QObject::tr("&Larger Text"), &reader, [&reader] {
        change(reader, [](ReadingSettings& s) { s.font.setPointSizeF(qMin(48.0, s.font.pointSizeF() + 1)); });
    });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    menu->addAction(QObject::tr("&Smaller Text"), &reader,
                    [&reader] {
                        change(reader,
                               [](ReadingSettings& s) { s.font.setPointSizeF(qMax(8.0, s.font.pointSizeF() - 1)); });
                    })
        ->setShortcut(QKeySequence::ZoomOut);
    menu->addAction(QObject::tr("&Font…"), &reader, [&reader, parent] {
        bool ok = false;
        const QFont font = QFontDialog::getFont(&ok, reader.document()->defaultFont(), parent);
        if (ok)
            change(reader, [&](ReadingSettings& s) { s.font = font; });
    });

    QMenu* spacing = menu->addMenu(QObject::tr("Line &Spacing"));
    auto* spacingGroup = new QActionGroup(spacing);
    for (int percent : {100, 125, 150, 175, 200}) {
        QAction* action = spacing->addAction(QStringLiteral("%1%").arg(percent), &reader, [&reader, percent] {
            change(reader, [&](ReadingSettings& s) { s.lineSpacing = percent; });
        });
        action->setCheckable(true);
        action->setChecked(reader.lineSpacing() == percent);
        spacingGroup->addAction(action);
    }

    QMenu* width = menu->addMenu(QObject::tr("Column &Width"));
    auto* widthGroup = new QActionGroup(width);
    const QList<std::pair<int, QString>> widths{{640, QObject::tr("Narrow")},
                                                {860, QObject::tr("Medium")},
                                                {1100, QObject::tr("Wide")},
                                                {0, QObject::tr("Whole Pane")}};
    for (const auto& [pixels, name] : widths) {
        QAction* action = width->addAction(name, &reader, [&reader, pixels = pixels] {
            change(reader, [&](ReadingSettings& s) { s.columnWidth = pixels; });
        });
        action->setCheckable(true);
        action->setChecked(reader.columnWidth() == pixels);
        widthGroup->addAction(action);
    }

    QAction* dark = menu->addAction(QObject::tr("&Dark Page"));
    dark->setCheckable(true);
    dark->setChecked(reader.isDarkTheme());
    QObject::connect(dark, &QAction::toggled, &reader,
                     [&reader](bool on) { change(reader, [&](ReadingSettings& s) { s.dark = on; }); });
    return menu;
}

} // namespace hamish
