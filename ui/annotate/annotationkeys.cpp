#include "annotate/annotationkeys.h"

#include <QKeyEvent>

namespace hamish {

namespace {

// evdev key codes as X11 reports them: the digit row starts at 10; H is 43 and N is 57.
constexpr quint32 X11DigitOne = 10;
constexpr quint32 X11KeyH = 43;
constexpr quint32 X11KeyN = 57;
constexpr quint32 X11KeyA = 38;
constexpr quint32 X11KeyR = 27;
constexpr quint32 X11KeyL = 46;
constexpr quint32 X11KeyE = 26;
constexpr quint32 X11KeyD = 40;

int digitOf(const QKeyEvent& event)
{
    if (event.key() >= Qt::Key_1 && event.key() <= Qt::Key_9)
        return event.key() - Qt::Key_0;
    if (event.text().size() == 1) {
        const char16_t c = event.text().front().unicode();
        if (c >= u'1' && c <= u'9')
            return c - u'0';
        if (c >= 0x0661 && c <= 0x0669) // ١–٩
            return c - 0x0660;
        if (c >= 0x06F1 && c <= 0x06F9) // ۱–۹
            return c - 0x06F0;
    }
    if (event.nativeScanCode() >= X11DigitOne && event.nativeScanCode() < X11DigitOne + 9)
        return int(event.nativeScanCode() - X11DigitOne) + 1;
    return 0;
}

} // namespace

AnnotationKeyPress annotationKeyOf(const QKeyEvent& event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    if (event.key() == Qt::Key_Delete)
        return {AnnotationKey::Delete, 0};
    if (const int digit = digitOf(event); digit > 0)
        return {AnnotationKey::Tag, digit};
    const QString text = event.text();
    if (event.key() == Qt::Key_H || text == u"\u0627" || event.nativeScanCode() == X11KeyH) // ا under Arabic
        return {AnnotationKey::Highlight, 0};
    if (event.key() == Qt::Key_N || text == u"\u0649" || event.nativeScanCode() == X11KeyN) // ى under Arabic
        return {AnnotationKey::Note, 0};
    if (event.key() == Qt::Key_A || text == u"\u0634" || event.nativeScanCode() == X11KeyA) // ش under Arabic
        return {AnnotationKey::AcceptSuggestion, 0};
    if (event.key() == Qt::Key_R || text == u"\u0642" || event.nativeScanCode() == X11KeyR) // ق under Arabic
        return {AnnotationKey::RejectSuggestion, 0};
    if (event.key() == Qt::Key_L || text == u"\u0645" || event.nativeScanCode() == X11KeyL) // م under Arabic
        return {AnnotationKey::Link, 0};
    if (event.key() == Qt::Key_E || text == u"\u062B" || event.nativeScanCode() == X11KeyE) // ث under Arabic
        return {AnnotationKey::Attributes, 0};
    if (event.key() == Qt::Key_D || text == u"\u064A" || event.nativeScanCode() == X11KeyD) // ي under Arabic
        return {AnnotationKey::Labels, 0};
    return {};
}

int digitKeyOf(const QKeyEvent& event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return 0;
    return digitOf(event);
}

} // namespace hamish
