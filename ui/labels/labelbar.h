#pragma once

#include "annotations/schema.h"
#include "learn/labelrecommender.h"
#include "undo/changecommand.h"

#include <QWidget>

class QMenu;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace hamish {

class RelationService;
class SchemaService;

// The document labels of the open article, in a bar above its text: one row per label set, a
// checkable chip per label (single-choice sets behave like radio buttons). D opens the same
// choices as a menu numbered 1–9, then a–z. Every change is committed before it shows and is
// undoable; the bar shows the labels the current annotator set.
class LabelBar final : public QWidget
{
    Q_OBJECT

public:
    LabelBar(RelationService& relations, SchemaService& schema, QUndoStack& undoStack, QWidget* parent = nullptr);

    void setArticle(qint64 articleId);
    // The labels of the open article this annotator set.
    QList<qint64> checkedLabels() const { return m_checked; }
    // Sets or unsets one label on the open article (an undoable step).
    void toggleLabel(qint64 labelId);
    // The D menu, filled for the open article (the caller shows it).
    void fillMenu(QMenu& menu);
    void popUpMenu();
    // The label model's suggestions for the open article: drawn dashed with their probability;
    // a click sets one, the context menu refuses it.
    void setSuggestions(const QList<LabelSuggestion>& suggestions);
    QList<LabelSuggestion> suggestions() const { return m_suggestions; }
    // The chip of a label (for tests and the accessibility tree).
    QToolButton* chipOf(qint64 labelId) const;

signals:
    void errorOccurred(const QString& message);
    void suggestionRejected(qint64 labelId);

private:
    void reload();
    void rebuild();
    // The UI speaks Arabic (the bar itself is always right to left).
    bool arabicNames() const;
    QString nameOf(const LabelSet& set) const;
    QString nameOf(const Label& label) const;
    const LabelSuggestion* suggestionFor(qint64 labelId) const;
    void styleChip(QToolButton* chip, const Label& label);

    RelationService& m_relations;
    SchemaService& m_schema;
    QUndoStack& m_undoStack;
    QVBoxLayout* m_rows;
    qint64 m_articleId = 0;
    QList<LabelSet> m_sets;
    QList<qint64> m_checked;
    QList<LabelSuggestion> m_suggestions;
    QHash<qint64, QToolButton*> m_chips;
};

} // namespace hamish
