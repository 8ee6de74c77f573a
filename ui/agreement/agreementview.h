#pragma once

#include "agreement/agreementservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hamish {

class JobRunner;

// View ▸ Agreement: the annotators' pairwise agreement as a matrix (Cohen's κ over the tokens'
// tags, exact span F1 in the tooltip), computed on a worker thread over the articles each pair
// marked done; a cell's pair in detail below (span F1 per type, κ per nesting level and label
// set); α and Fleiss' κ for three or more; Save as PNG and CSV.
class AgreementView final : public QDialog
{
    Q_OBJECT

public:
    AgreementView(JobRunner& jobs, QWidget* parent = nullptr);

    // Computes again (on showing, and after Refresh).
    void refresh();
    QTableWidget* matrix() const { return m_matrix; }
    QTableWidget* details() const { return m_details; }
    QLabel* summary() const { return m_summary; }
    QLabel* pairNotes() const { return m_pairNotes; }
    const std::optional<AgreementReport>& report() const { return m_report; }
    bool saveCsv(const QString& path) const;
    bool savePng(const QString& path);

    // Opens the comparison of the pair in this cell.
    void compare(int row, int column);

signals:
    void computed();
    void compareRequested(const QString& first, const QString& second);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display();
    void showPair(int row, int column);
    const PairAgreement* pairOf(const QString& a, const QString& b) const;

    JobRunner& m_jobs;
    QLabel* m_summary;
    QTableWidget* m_matrix;
    QTableWidget* m_details;
    QLabel* m_pairNotes; // the chosen pair's names, nested-level and label-set κ
    QPushButton* m_refresh;
    QPushButton* m_compare;
    std::optional<AgreementReport> m_report;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace hamish
