#include "learn/modeldialog.h"

#include "learn/labelsuggester.h"
#include "learn/recommendercontroller.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamish {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignCenter);
    return item;
}

QString percent(double value)
{
    return QLocale().toString(value * 100, 'f', 1);
}

} // namespace

ModelDialog::ModelDialog(RecommenderController& recommender, LabelSuggester& labels, QWidget* parent)
    : QDialog(parent)
    , m_recommender(recommender)
    , m_labels(labels)
    , m_tabs(new QTabWidget(this))
    , m_table(scoreTable(tr("Type"), tr("Scores per type")))
    , m_summary(new QLabel(this))
    , m_labelTable(scoreTable(tr("Label"), tr("Scores per label")))
    , m_labelSummary(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_examples(new QSpinBox(this))
    , m_retrain(new QSpinBox(this))
    , m_train(new QPushButton(tr("&Train Now"), this))
{
    setWindowTitle(tr("Models"));
    resize(760, 460);
    m_summary->setWordWrap(true);
    m_labelSummary->setWordWrap(true);
    m_threshold->setRange(0, 1);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(recommender.rule().minimumF1);
    m_threshold->setAccessibleName(tr("F1 a type needs before it suggests"));
    m_examples->setRange(1, 100000);
    m_examples->setValue(recommender.rule().minimumExamples);
    m_examples->setAccessibleName(tr("Examples a type needs before it suggests"));
    m_retrain->setRange(0, 100000);
    m_retrain->setValue(recommender.retrainEvery());
    m_retrain->setSpecialValueText(tr("never"));
    m_retrain->setAccessibleName(tr("New tags that start a retraining"));

    const auto page = [this](QLabel* summary, QTableWidget* table) {
        auto* widget = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(widget);
        layout->addWidget(summary);
        layout->addWidget(table, 1);
        return widget;
    };
    m_tabs->addTab(page(m_summary, m_table), tr("&Entities"));
    m_tabs->addTab(page(m_labelSummary, m_labelTable), tr("Document &Labels"));
    auto* form = new QFormLayout;
    form->addRow(tr("A type or label suggests from &F1:"), m_threshold);
    form->addRow(tr("…and &examples:"), m_examples);
    form->addRow(tr("&Retrain after this many new tags:"), m_retrain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_train, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_train, &QPushButton::clicked, this, [this] {
        // Both models: each trains on its own worker thread.
        const bool entities = m_recommender.train();
        const bool labelModel = m_labels.train();
        if (entities || labelModel)
            refresh();
    });
    const auto applyRule = [this] {
        SuggestionRule rule = m_recommender.rule();
        rule.minimumF1 = m_threshold->value();
        rule.minimumExamples = m_examples->value();
        m_recommender.setRule(rule);
        refresh();
    };
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, applyRule);
    connect(m_examples, &QSpinBox::valueChanged, this, applyRule);
    connect(m_retrain, &QSpinBox::valueChanged, this, [this](int n) { m_recommender.setRetrainEvery(n); });
    connect(&m_recommender, &RecommenderController::trained, this, &ModelDialog::refresh);
    connect(&m_labels, &LabelSuggester::trained, this, &ModelDialog::refresh);
    connect(&m_recommender, &RecommenderController::trainingFailed, this, [this](const QString& message) {
        refresh();
        m_summary->setText(message);
    });
    connect(&m_labels, &LabelSuggester::trainingFailed, this, [this](const QString& message) {
        refresh();
        m_labelSummary->setText(message);
    });
    refresh();
}

QTableWidget* ModelDialog::scoreTable(const QString& firstColumn, const QString& name)
{
    auto* table = new QTableWidget(0, ColumnCount, this);
    table->setHorizontalHeaderLabels(
        {firstColumn, tr("Examples"), tr("Precision %"), tr("Recall %"), tr("F1 %"), tr("Suggests")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setAccessibleName(name);
    return table;
}

void ModelDialog::refresh()
{
    const SuggestionRule rule = m_recommender.rule();
    m_table->setRowCount(0);
    if (const std::optional<TrainingReport> report = m_recommender.report()) {
        m_summary->setText(
            tr("Trained %1 on %2 tokens in %3 sentences, in %4 s. Scores are from %5-fold cross-validation by %6; "
               "micro F1 %7 %.")
                .arg(QLocale().toString(report->trainedAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(report->tokens), QLocale().toString(report->sentences),
                     QLocale().toString(report->seconds, 'f', 1), QLocale().toString(report->folds),
                     report->foldsByArticle ? tr("article") : tr("sentence"), percent(report->evaluation.micro.f1())));
        fillScores(m_table, *report, rule);
    } else {
        m_summary->setText(tr("No model yet. Tag entities (at least %1), then Train Now; the model learns from "
                              "every tagged article up to its last tag.")
                               .arg(EntityRecommender::MinimumTags));
    }
    m_labelTable->setRowCount(0);
    if (const std::optional<TrainingReport> report = m_labels.report()) {
        m_labelSummary->setText(
            tr("Trained %1 on %2 labelled articles (a fastText classifier per label set), in %3 s. Scores are from "
               "%4-fold cross-validation by article; micro F1 %5 %.")
                .arg(QLocale().toString(report->trainedAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(report->sentences), QLocale().toString(report->seconds, 'f', 1),
                     QLocale().toString(report->folds), percent(report->evaluation.micro.f1())));
        fillScores(m_labelTable, *report, rule);
    } else {
        m_labelSummary->setText(tr("No label model yet. Label articles (a label set needs labels on at least 5), "
                                   "then Train Now."));
    }
    m_train->setEnabled(!m_recommender.isTraining() || !m_labels.isTraining());
    if (m_recommender.isTraining())
        m_summary->setText(m_summary->text() + u' ' + tr("Training now…"));
    if (m_labels.isTraining())
        m_labelSummary->setText(m_labelSummary->text() + u' ' + tr("Training now…"));
}

void ModelDialog::fillScores(QTableWidget* table, const TrainingReport& report, const SuggestionRule& rule)
{
    for (const TypeScore& s : report.evaluation.types) {
        const int row = table->rowCount();
        table->insertRow(row);
        QString reason;
        const bool on = rule.allows(report, s.type, &reason);
        table->setItem(row, TypeColumn, cell(s.type, false));
        table->setItem(row, ExamplesColumn, cell(QLocale().toString(report.examples.value(s.type))));
        table->setItem(row, PrecisionColumn, cell(percent(s.precision())));
        table->setItem(row, RecallColumn, cell(percent(s.recall())));
        table->setItem(row, F1Column, cell(percent(s.f1())));
        table->setItem(row, StatusColumn, cell(on ? tr("yes") : tr("no: %1").arg(reason), false));
    }
}

} // namespace hamish
