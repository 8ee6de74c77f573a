#include "annotate/annotationmenu.h"

#include "annotate/annotationcontroller.h"
#include "annotate/colourlabels.h"
#include "annotate/entitytypesdialog.h"
#include "annotate/relationtypesdialog.h"
#include "annotate/schemafiles.h"
#include "annotations/annotationservice.h"
#include "uilocale.h"

#include <QActionGroup>
#include <QMenu>

namespace hamish {

namespace {

QString withKey(const QString& text, const QString& key)
{
    return text + u'\t' + isolatedLtr(key);
}

void fillTagMenu(QMenu* tag, AnnotationController& controller, AnnotationService& service)
{
    tag->clear();
    const Result<QList<EntityType>> types = service.entityTypes();
    for (int i = 0; types && i < types->size(); ++i) {
        const EntityType& type = types->at(i);
        const QString label = QStringLiteral("%1 — %2 / %3").arg(type.code, type.nameAr, type.nameEn);
        tag->addAction(type.hotkey() > 0 ? withKey(label, QString::number(type.hotkey())) : label, &controller,
                       [&controller, i] { controller.tagSelection(i); });
    }
}

} // namespace

QMenu* createAnnotationMenu(AnnotationController& controller, AnnotationService& service, SchemaService& schema,
                            QWidget* parent)
{
    auto* menu = new QMenu(QObject::tr("&Annotate"), parent);
    QMenu* tag = menu->addMenu(QObject::tr("&Tag Selection As"));
    fillTagMenu(tag, controller, service);
    QObject::connect(&service, &AnnotationService::entityTypesChanged, tag,
                     [tag, &controller, &service] { fillTagMenu(tag, controller, service); });

    menu->addAction(withKey(QObject::tr("&Highlight Selection"), QStringLiteral("H")), &controller,
                    [&controller] { controller.highlightSelection(); });
    QMenu* colours = menu->addMenu(QObject::tr("Highlight &Colour"));
    auto* colourGroup = new QActionGroup(colours);
    for (const QString& colour : highlightColourNames()) {
        QAction* action = colours->addAction(colourLabel(colour), &controller,
                                             [&controller, colour] { controller.setCurrentColour(colour); });
        action->setCheckable(true);
        action->setChecked(colour == controller.currentColour());
        colourGroup->addAction(action);
    }
    menu->addAction(withKey(QObject::tr("&Note…"), QStringLiteral("N")), &controller, &AnnotationController::editNote);
    menu->addAction(withKey(QObject::tr("&Delete Annotation"), QObject::tr("Del")), &controller,
                    &AnnotationController::deleteAtCaret);
    menu->addAction(QObject::tr("Note on the &Article…"), &controller, &AnnotationController::addArticleNote);
    menu->addAction(QObject::tr("Tag A&ll Occurrences…"), &controller, &AnnotationController::tagAllOccurrences)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    // A and R act on the suggestion under the caret; "all" has no single key.
    menu->addAction(withKey(QObject::tr("Accept the Su&ggestion"), QStringLiteral("A")), &controller,
                    &AnnotationController::acceptSuggestionAtCaret);
    menu->addAction(withKey(QObject::tr("Re&ject the Suggestion"), QStringLiteral("R")), &controller,
                    &AnnotationController::rejectSuggestionAtCaret);
    menu->addAction(QObject::tr("Accept &All Suggestions"), &controller, &AnnotationController::acceptAllSuggestions);
    menu->addAction(QObject::tr("Find Da&tes"), &controller, &AnnotationController::findDates)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    menu->addSeparator();

    auto* snapGroup = new QActionGroup(menu);
    QAction* words = menu->addAction(QObject::tr("Snap to &Whole Words"));
    QAction* exact = menu->addAction(QObject::tr("Keep &Exact Characters"));
    for (QAction* action : {words, exact}) {
        action->setCheckable(true);
        snapGroup->addAction(action);
    }
    words->setChecked(controller.snapMode() == SnapMode::Words);
    exact->setChecked(controller.snapMode() == SnapMode::ExactCharacters);
    QObject::connect(words, &QAction::triggered, &controller,
                     [&controller] { controller.setSnapMode(SnapMode::Words); });
    QObject::connect(exact, &QAction::triggered, &controller,
                     [&controller] { controller.setSnapMode(SnapMode::ExactCharacters); });
    QAction* proclitics = menu->addAction(QObject::tr("Leave &Proclitics out of Entities (و ف ب ك ل ال)"));
    proclitics->setCheckable(true);
    proclitics->setChecked(controller.leavesProcliticsOut());
    QObject::connect(proclitics, &QAction::toggled, &controller, &AnnotationController::setLeaveProcliticsOut);
    menu->addSeparator();
    menu->addAction(QObject::tr("Entity &Types…"), parent, [&service, parent] {
        EntityTypesDialog dialog(service, parent);
        dialog.exec();
    });
    menu->addAction(QObject::tr("&Relation Types…"), parent, [&schema, parent] {
        RelationTypesDialog dialog(schema, parent);
        dialog.exec();
    });
    menu->addAction(QObject::tr("I&mport Schema…"), parent,
                    [&schema, parent] { SchemaFiles::chooseAndImport(schema, parent); });
    menu->addAction(QObject::tr("E&xport Schema…"), parent,
                    [&schema, parent] { SchemaFiles::chooseAndExport(schema, parent); });
    return menu;
}

} // namespace hamish
