#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hamish {

class RecommenderController;
struct TrainingReport;

// Annotate ▸ Entity Model: how good the model is, type by type, from k-fold cross-validation
// (precision, recall, F1, examples), when it was trained and on how much, which types suggest
// and why the others do not; the F1 threshold and the examples a type needs, how many new tags
// start a retraining, and Train Now.
class ModelDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ModelDialog(RecommenderController& recommender, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QDoubleSpinBox* thresholdField() const { return m_threshold; }
    QSpinBox* examplesField() const { return m_examples; }

    enum Column { TypeColumn, ExamplesColumn, PrecisionColumn, RecallColumn, F1Column, StatusColumn, ColumnCount };

private:
    void display(const TrainingReport* report);
    void refresh();

    RecommenderController& m_recommender;
    QTableWidget* m_table;
    QLabel* m_summary;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_examples;
    QSpinBox* m_retrain;
    QPushButton* m_train;
};

} // namespace hamish
