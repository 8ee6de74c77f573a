#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace hamish {

class LabelSuggester;
class RecommenderController;
struct SuggestionRule;
struct TrainingReport;

// Annotate ▸ Models: how good the entity model (type by type) and the label model (label by
// label) are, from k-fold cross-validation (precision, recall, F1, examples), when each was
// trained and on how much, which types and labels suggest and why the others do not; the F1
// threshold and the examples both need, how many new tags start a retraining, and Train Now.
class ModelDialog final : public QDialog
{
    Q_OBJECT

public:
    ModelDialog(RecommenderController& recommender, LabelSuggester& labels, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* labelTable() const { return m_labelTable; }
    QLabel* labelSummary() const { return m_labelSummary; }
    QDoubleSpinBox* thresholdField() const { return m_threshold; }
    QSpinBox* examplesField() const { return m_examples; }

    enum Column { TypeColumn, ExamplesColumn, PrecisionColumn, RecallColumn, F1Column, StatusColumn, ColumnCount };

private:
    QTableWidget* scoreTable(const QString& firstColumn, const QString& name);
    void fillScores(QTableWidget* table, const TrainingReport& report, const SuggestionRule& rule);
    void refresh();

    RecommenderController& m_recommender;
    LabelSuggester& m_labels;
    QTabWidget* m_tabs;
    QTableWidget* m_table;
    QLabel* m_summary;
    QTableWidget* m_labelTable;
    QLabel* m_labelSummary;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_examples;
    QSpinBox* m_retrain;
    QPushButton* m_train;
};

} // namespace hamish
