#include "agreement/agreementview.h"

#include "jobs/jobrunner.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace hamish {

namespace {

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("—") : QLocale().toString(value, 'f', 3);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

// Green for agreement, red for none: a κ of 1 and of 0 or less.
QColor shadeOf(double kappa)
{
    if (std::isnan(kappa))
        return {};
    const double k = std::clamp(kappa, 0.0, 1.0);
    return QColor::fromHsvF(0.33 * k, 0.35, 1.0);
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace

AgreementView::AgreementView(JobRunner& jobs, QWidget* parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_summary(new QLabel(this))
    , m_matrix(new QTableWidget(this))
    , m_details(new QTableWidget(0, 7, this))
    , m_pairNotes(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_compare(new QPushButton(tr("Co&mpare the Pair…"), this))
{
    setWindowTitle(tr("Agreement"));
    resize(820, 600);
    m_summary->setWordWrap(true);
    m_pairNotes->setWordWrap(true);
    m_matrix->setAccessibleName(tr("Cohen's kappa of each pair of annotators"));
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_details->setAccessibleName(tr("The chosen pair's agreement per type"));
    m_details->setHorizontalHeaderLabels(
        {tr("Type"), tr("Spans A"), tr("Spans B"), tr("Exact F1"), tr("Overlap P"), tr("Overlap R"), tr("Overlap F1")});
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_details->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    QPushButton* png = buttons->addButton(tr("Save as &PNG…"), QDialogButtonBox::ActionRole);
    QPushButton* csv = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_matrix, 2);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_pairNotes);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &AgreementView::refresh);
    connect(m_matrix, &QTableWidget::cellClicked, this, &AgreementView::showPair);
    // A double click (or Compare) opens the pair side by side, article by article.
    connect(m_matrix, &QTableWidget::cellDoubleClicked, this, &AgreementView::compare);
    connect(m_compare, &QPushButton::clicked, this,
            [this] { compare(m_matrix->currentRow(), m_matrix->currentColumn()); });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Agreement as PNG"),
                                                          QStringLiteral("agreement.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(path))
            m_summary->setText(tr("Could not write %1.").arg(path));
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Agreement as CSV"),
                                                          QStringLiteral("agreement.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !saveCsv(path))
            m_summary->setText(tr("Could not write %1.").arg(path));
    });
}

void AgreementView::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_report && m_error.isEmpty())
        refresh();
}

void AgreementView::refresh()
{
    const quint64 generation = ++m_generation;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Computing the agreement on a worker thread…"));
    auto result = std::make_shared<Result<AgreementReport>>(failure(QString()));
    Job* job = m_jobs.start(tr("Computing the agreement"), [result](Library& library, const JobControl&) {
        *result = AgreementService(library).compute();
    });
    connect(job, &Job::finished, this, [this, generation, result] {
        if (generation != m_generation)
            return;
        m_refresh->setEnabled(true);
        if (*result) {
            m_report = **result;
            m_error.clear();
        } else {
            m_report.reset();
            m_error = result->error();
        }
        display();
        emit computed();
    });
}

const PairAgreement* AgreementView::pairOf(const QString& a, const QString& b) const
{
    if (!m_report)
        return nullptr;
    for (const PairAgreement& p : m_report->pairs) {
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return &p;
    }
    return nullptr;
}

void AgreementView::display()
{
    m_matrix->clear();
    m_details->setRowCount(0);
    if (!m_report) {
        m_matrix->setRowCount(0);
        m_matrix->setColumnCount(0);
        m_summary->setText(m_error);
        return;
    }
    const QStringList& names = m_report->annotators;
    m_matrix->setRowCount(int(names.size()));
    m_matrix->setColumnCount(int(names.size()));
    m_matrix->setHorizontalHeaderLabels(names);
    m_matrix->setVerticalHeaderLabels(names);
    for (int r = 0; r < names.size(); ++r) {
        for (int c = 0; c < names.size(); ++c) {
            const PairAgreement* pair = r == c ? nullptr : pairOf(names.at(r), names.at(c));
            QTableWidgetItem* item = cell(pair ? figure(pair->kappa) : QStringLiteral("—"));
            if (pair) {
                item->setBackground(shadeOf(pair->kappa));
                item->setToolTip(tr("κ %1 over %2 tokens of %3 articles; span F1 %4 exact, %5 by overlap")
                                     .arg(figure(pair->kappa), QLocale().toString(pair->tokens),
                                          QLocale().toString(pair->articles), figure(pair->spans.last().exactF1()),
                                          figure(pair->spans.last().overlapF1())));
            }
            m_matrix->setItem(r, c, item);
        }
    }
    QString text = tr("Cohen's κ over the tokens' IOB2 tags of the articles both annotators marked done. Click a "
                      "cell for that pair's span F1 per type; double-click it to compare the two side by side.");
    if (names.size() >= 3)
        text += u' '
                + tr("All %1: Krippendorff's α %2, Fleiss' κ %3 over %n article(s).", nullptr, m_report->commonArticles)
                      .arg(QLocale().toString(int(names.size())), figure(m_report->alpha), figure(m_report->fleiss));
    m_summary->setText(text);
    if (!m_report->pairs.isEmpty()) {
        const PairAgreement& first = m_report->pairs.first();
        showPair(int(names.indexOf(first.a)), int(names.indexOf(first.b)));
    }
}

void AgreementView::compare(int row, int column)
{
    if (!m_report || row < 0 || column < 0 || row == column || row >= m_report->annotators.size()
        || column >= m_report->annotators.size())
        return;
    emit compareRequested(m_report->annotators.at(row), m_report->annotators.at(column));
}

void AgreementView::showPair(int row, int column)
{
    if (!m_report || row < 0 || column < 0 || row >= m_report->annotators.size()
        || column >= m_report->annotators.size())
        return;
    const PairAgreement* pair = pairOf(m_report->annotators.at(row), m_report->annotators.at(column));
    m_details->setRowCount(0);
    m_pairNotes->clear();
    if (!pair)
        return;
    for (const SpanAgreement& s : pair->spans) {
        const int r = m_details->rowCount();
        m_details->insertRow(r);
        m_details->setItem(r, 0, cell(s.type == u"micro" ? tr("all types") : s.type));
        m_details->setItem(r, 1, cell(QLocale().toString(s.spansA)));
        m_details->setItem(r, 2, cell(QLocale().toString(s.spansB)));
        m_details->setItem(r, 3, cell(figure(s.exactF1())));
        m_details->setItem(r, 4, cell(figure(s.overlapP())));
        m_details->setItem(r, 5, cell(figure(s.overlapR())));
        m_details->setItem(r, 6, cell(figure(s.overlapF1())));
    }
    m_details->setToolTip(tr("%1 (A) and %2 (B)").arg(pair->a, pair->b));
    // What the table cannot hold: κ at the deeper nesting levels and per label set.
    QStringList more;
    for (qsizetype level = 0; level < pair->nestedKappa.size(); ++level)
        more.append(tr("κ at nesting level %1: %2").arg(level + 2).arg(figure(pair->nestedKappa.at(level))));
    QStringList sets = pair->labelKappa.keys();
    sets.sort();
    for (const QString& set : std::as_const(sets))
        more.append(tr("κ of the label set %1: %2").arg(set, figure(pair->labelKappa.value(set))));
    m_pairNotes->setText(tr("%1 (A) and %2 (B).").arg(pair->a, pair->b)
                         + (more.isEmpty() ? QString() : u' ' + more.join(QStringLiteral("; ")) + u'.'));
}

bool AgreementView::saveCsv(const QString& path) const
{
    if (!m_report)
        return false;
    QString text = QStringLiteral("a,b,articles,tokens,kappa,type,spans_a,spans_b,f1_exact,p_overlap,r_overlap,"
                                  "f1_overlap\r\n");
    const auto number = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'f', 6); };
    for (const PairAgreement& p : m_report->pairs) {
        for (const SpanAgreement& s : p.spans) {
            text +=
                QStringList{
                    csvField(p.a),       csvField(p.b),        QString::number(p.articles), QString::number(p.tokens),
                    number(p.kappa),     csvField(s.type),     QString::number(s.spansA),   QString::number(s.spansB),
                    number(s.exactF1()), number(s.overlapP()), number(s.overlapR()),        number(s.overlapF1())}
                    .join(u',')
                + QStringLiteral("\r\n");
        }
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

bool AgreementView::savePng(const QString& path)
{
    return grab().save(path, "PNG");
}

} // namespace hamish
