#pragma once

class QKeyEvent;

namespace hamish {

// The annotation keys, wherever the keyboard layout puts their characters: the same
// physical keys under an Arabic layout (read from the X11 key code when there is one),
// and the Arabic-Indic digits ١–٩ as well as 1–9.
enum class AnnotationKey { None, Tag, Highlight, Note, Delete, AcceptSuggestion, RejectSuggestion };

struct AnnotationKeyPress
{
    AnnotationKey key = AnnotationKey::None;
    int digit = 0; // 1–9 for Tag
};

AnnotationKeyPress annotationKeyOf(const QKeyEvent& event);

} // namespace hamish
