#pragma once

class QMenu;
class QWidget;

namespace hamish {

class AnnotationController;
class AnnotationService;
class SchemaService;

// The Annotate menu. The single-key shortcuts (1–9, H, N, Delete) are shown beside the
// entries but handled by the reader itself, so typing in a search box never tags anything.
QMenu* createAnnotationMenu(AnnotationController& controller, AnnotationService& service, SchemaService& schema,
                            QWidget* parent);

} // namespace hamish
