#include "formats/exportdialog.h"

#include "articles/collectionservice.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace hamish {

namespace {

// Each format: its proper name, never translated and shown left to right in an isolate so that
// an Arabic label around it cannot scramble it, and what it holds, translated.
struct FormatLabel
{
    const char16_t* name;
    const char* description;
};

const FormatLabel FormatLabels[] = {
    {u"W3C Web Annotation (JSON-LD)", QT_TRANSLATE_NOOP("hamish::ExportDialog", "offsets in code points")},
    {u"brat standoff", QT_TRANSLATE_NOOP("hamish::ExportDialog", "a folder, offsets in code points")},
    {u"CoNLL BIO", QT_TRANSLATE_NOOP("hamish::ExportDialog", "tokens")},
    {u"JSON Lines (doccano)", QT_TRANSLATE_NOOP("hamish::ExportDialog", "offsets in code points")},
    {u"CSV", QT_TRANSLATE_NOOP("hamish::ExportDialog", "for spreadsheets, offsets in code points")},
    {u"Markdown", QT_TRANSLATE_NOOP("hamish::ExportDialog", "a report")},
    {u"HTML", QT_TRANSLATE_NOOP("hamish::ExportDialog", "a report")},
};

const QString FormatKey = QStringLiteral("export/format");
const QString ScopeKey = QStringLiteral("export/scope");
const QString CollectionKey = QStringLiteral("export/collection");

} // namespace

ExportDialog::ExportDialog(qint64 currentArticle, const QList<qint64>& selected, CollectionService& collections,
                           QWidget* parent)
    : QDialog(parent)
    , m_currentArticle(currentArticle)
    , m_selected(selected)
    , m_format(new QComboBox(this))
    , m_article(new QRadioButton(tr("This &article"), this))
    , m_selection(new QRadioButton(tr("The %n &selected article(s)", nullptr, int(selected.size())), this))
    , m_collection(new QRadioButton(tr("A &collection:"), this))
    , m_collections(new QComboBox(this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_destination(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
    , m_mapping(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export Annotations"));
    for (int i = 0; i < int(std::size(FormatLabels)); ++i) {
        const QString name = QChar(0x2066) + QString::fromUtf16(FormatLabels[i].name) + QChar(0x2069);
        m_format->addItem(tr("%1 — %2").arg(name, tr(FormatLabels[i].description)), i);
    }
    m_format->setAccessibleName(tr("Format"));
    m_scheme->addItem(QStringLiteral("IOB2"), int(ConllScheme::IOB2));
    m_scheme->addItem(QStringLiteral("IOB1"), int(ConllScheme::IOB1));
    m_scheme->setAccessibleName(tr("CoNLL scheme"));
    m_mapping->setPlaceholderText(QStringLiteral("PER=PERS, LOC=GPE"));
    m_mapping->setLayoutDirection(Qt::LeftToRight);
    m_mapping->setAccessibleName(tr("Type names"));
    m_destination->setAccessibleName(tr("Destination"));
    m_destination->setLayoutDirection(Qt::LeftToRight);
    for (const Collection& c : collections.collections().value_or(QList<Collection>()))
        m_collections->addItem(displaySafe(c.name), c.id);
    m_collections->setAccessibleName(tr("Collection"));
    m_article->setEnabled(currentArticle > 0);
    m_selection->setEnabled(selected.size() > 1);
    m_collection->setEnabled(m_collections->count() > 0);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* scope = new QGridLayout;
    scope->addWidget(m_article, 0, 0);
    scope->addWidget(m_selection, 0, 1);
    scope->addWidget(m_library, 1, 0);
    scope->addWidget(m_collection, 2, 0);
    scope->addWidget(m_collections, 2, 1);
    auto* where = new QHBoxLayout;
    where->addWidget(m_destination, 1);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    where->addWidget(browseButton);
    // A row whose field is a layout gets no buddy from QFormLayout: its mnemonic is set here.
    auto* destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Export:"), scope);
    form->addRow(destinationLabel, where);
    form->addRow(tr("CoNLL &scheme:"), m_scheme);
    form->addRow(tr("Type &names:"), m_mapping);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    restoreLastChoice();
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestDestination);
    connect(m_collection, &QRadioButton::toggled, m_collections, &QWidget::setEnabled);
    connect(m_mapping, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggestDestination();
    validate();
}

void ExportDialog::restoreLastChoice()
{
    const QSettings settings;
    const int format = m_format->findData(settings.value(FormatKey, 0).toInt());
    m_format->setCurrentIndex(qMax(0, format));
    m_collections->setCurrentIndex(qMax(0, m_collections->findData(settings.value(CollectionKey).toLongLong())));
    const QString last = settings.value(ScopeKey).toString();
    QRadioButton* wanted = last == u"library"                                   ? m_library
                           : last == u"collection" && m_collection->isEnabled() ? m_collection
                           : last == u"selection" && m_selection->isEnabled()   ? m_selection
                                                                                : nullptr;
    // Without a remembered choice that still applies: the selection, else this article.
    if (!wanted)
        wanted = m_selection->isEnabled() ? m_selection : m_article->isEnabled() ? m_article : m_library;
    wanted->setChecked(true);
    m_collections->setEnabled(m_collection->isChecked());
}

void ExportDialog::accept()
{
    if (!m_export->isEnabled())
        return;
    QSettings settings;
    settings.setValue(FormatKey, m_format->currentData().toInt());
    settings.setValue(ScopeKey, m_library->isChecked()      ? QStringLiteral("library")
                                : m_collection->isChecked() ? QStringLiteral("collection")
                                : m_selection->isChecked()  ? QStringLiteral("selection")
                                                            : QStringLiteral("article"));
    if (m_collection->isChecked())
        settings.setValue(CollectionKey, m_collections->currentData().toLongLong());
    QDialog::accept();
}

void ExportDialog::validate()
{
    const Result<TypeMapping> mapping = TypeMappingParser::parseList(m_mapping->text());
    m_problem->setText(mapping ? QString() : mapping.error());
    m_problem->setVisible(!mapping);
    m_export->setEnabled(mapping && !destination().isEmpty());
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
    if (m_collection->isChecked())
        options.scope.collectionId = m_collections->currentData().toLongLong();
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
