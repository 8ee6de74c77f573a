#pragma once

class QKeyEvent;

namespace hamish {

// The annotation keys, wherever the keyboard layout puts their characters: the same
// physical keys under an Arabic layout (read from the X11 key code when there is one),
// and the Arabic-Indic digits ١–٩ as well as 1–9.
enum class AnnotationKey {
    None,
    Tag,
    Highlight,
    Note,
    Delete,
    AcceptSuggestion,
    RejectSuggestion,
    Link,       // L: start a relation from the entity at the caret
    Attributes, // E: the attributes of the entity at the caret
    Labels      // D: the article's document labels
};

struct AnnotationKeyPress
{
    AnnotationKey key = AnnotationKey::None;
    int digit = 0; // 1–9 for Tag (and for a relation type while linking)
};

AnnotationKeyPress annotationKeyOf(const QKeyEvent& event);
// 1–9 (or ١–٩, ۱–۹) without modifiers, else 0.
int digitKeyOf(const QKeyEvent& event);

} // namespace hamish
