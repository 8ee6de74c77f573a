#include "formats/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace hamish {

namespace {

const char* const FormatLabels[] = {
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "W3C Web Annotation (JSON-LD, code points)"),
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "brat standoff (folder, code points)"),
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "CoNLL BIO (tokens)"),
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "JSON Lines, doccano (code points)"),
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "CSV for spreadsheets (code points)"),
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "Markdown report"),
    QT_TRANSLATE_NOOP("hamish::ExportDialog", "HTML report"),
};

} // namespace

ExportDialog::ExportDialog(qint64 currentArticle, const QList<qint64>& selected, QWidget* parent)
    : QDialog(parent)
    , m_currentArticle(currentArticle)
    , m_selected(selected)
    , m_format(new QComboBox(this))
    , m_article(new QRadioButton(tr("This &article"), this))
    , m_selection(new QRadioButton(tr("The %n &selected article(s)", nullptr, int(selected.size())), this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_destination(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
    , m_mapping(new QLineEdit(this))
{
    setWindowTitle(tr("Export Annotations"));
    for (int i = 0; i < int(std::size(FormatLabels)); ++i)
        m_format->addItem(tr(FormatLabels[i]), i);
    m_format->setAccessibleName(tr("Format"));
    m_scheme->addItem(QStringLiteral("IOB2"), int(ConllScheme::IOB2));
    m_scheme->addItem(QStringLiteral("IOB1"), int(ConllScheme::IOB1));
    m_mapping->setPlaceholderText(tr("PER=PERS, LOC=GPE"));
    m_destination->setAccessibleName(tr("Destination"));
    (selected.size() > 1 ? m_selection : currentArticle > 0 ? m_article : m_library)->setChecked(true);
    m_article->setEnabled(currentArticle > 0);
    m_selection->setEnabled(selected.size() > 1);

    auto* scope = new QHBoxLayout;
    scope->addWidget(m_article);
    scope->addWidget(m_selection);
    scope->addWidget(m_library);
    auto* where = new QHBoxLayout;
    where->addWidget(m_destination, 1);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    where->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("&Destination:"), where);
    form->addRow(tr("CoNLL &scheme:"), m_scheme);
    form->addRow(tr("Type &names:"), m_mapping);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestDestination);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_destination->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggestDestination();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QList<qint64> ExportDialog::articles() const
{
    if (m_selection->isChecked())
        return m_selected;
    return m_article->isChecked() ? QList<qint64>{m_currentArticle} : QList<qint64>{};
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.conllScheme = ConllScheme(m_scheme->currentData().toInt());
    options.typeMapping = TypeMappingParser::parseList(m_mapping->text()).value_or(TypeMapping());
    return options;
}

void ExportDialog::suggestDestination()
{
    const QString suffix = exportFormatSuffix(format());
    const QString name = QStringLiteral("hamish-") + exportFormatNames().at(int(format()));
    m_destination->setText(QDir::home().filePath(suffix.isEmpty() ? name : name + u'.' + suffix));
}

void ExportDialog::browse()
{
    const QString chosen = format() == ExportFormat::Brat
                               ? QFileDialog::getExistingDirectory(this, tr("Export to folder"), destination())
                               : QFileDialog::getSaveFileName(this, tr("Export to file"), destination());
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

} // namespace hamish
