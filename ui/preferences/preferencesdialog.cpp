#include "preferences/preferencesdialog.h"

#include "annotate/entitytypesdialog.h"
#include "annotations/annotationservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamish {

namespace {

QGroupBox* group(const QString& title, QFormLayout*& form, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(const ReadingSettings& reading, const UiPreferences& ui,
                                     const QString& defaultAnnotator, AnnotationService& annotations, QWidget* parent)
    : QDialog(parent)
    , m_reading(reading)
    , m_font(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_spacing(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_annotator(new QLineEdit(this))
    , m_retrain(new QSpinBox(this))
    , m_hijri(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    m_font->setWritingSystem(QFontDatabase::Arabic);
    m_font->setCurrentFont(reading.font);
    m_size->setRange(8, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(reading.font.pointSize() > 0 ? reading.font.pointSize() : 16);
    m_spacing->setRange(100, 250);
    m_spacing->setSingleStep(5);
    m_spacing->setSuffix(tr(" %"));
    m_spacing->setValue(reading.lineSpacing);

    m_theme->addItem(tr("Follow the system"), int(UiPreferences::Theme::System));
    m_theme->addItem(tr("Light"), int(UiPreferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(UiPreferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(ui.theme)));
    // Each language is offered in its own name, so it can be found whatever the UI speaks.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(ui.language)));

    m_annotator->setText(ui.annotatorName);
    m_annotator->setPlaceholderText(defaultAnnotator);
    m_retrain->setRange(0, 100000);
    m_retrain->setSpecialValueText(tr("never"));
    m_retrain->setSuffix(tr(" new tags"));
    m_retrain->setValue(ui.retrainEvery);
    m_hijri->addItem(tr("Umm al-Qura (Saudi Arabia)"), false);
    m_hijri->addItem(tr("Tabular (civil)"), true);
    m_hijri->setCurrentIndex(ui.tabularHijri ? 1 : 0);
    auto* types = new QPushButton(tr("Edit &Entity Types…"), this);
    connect(types, &QPushButton::clicked, this, [this, &annotations] {
        EntityTypesDialog dialog(annotations, this);
        dialog.exec();
    });

    QFormLayout* form = nullptr;
    QGroupBox* readingBox = group(tr("Reading"), form, this);
    form->addRow(tr("&Font:"), m_font);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Line spacing:"), m_spacing);
    QGroupBox* lookBox = group(tr("Appearance"), form, this);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    QGroupBox* annotateBox = group(tr("Annotating"), form, this);
    form->addRow(tr("&Your name:"), m_annotator);
    form->addRow(tr("Entity types:"), types);
    form->addRow(tr("&Retrain the entity model after:"), m_retrain);
    form->addRow(tr("&Hijri dates read in:"), m_hijri);

    m_font->setAccessibleName(tr("Reading font"));
    m_size->setAccessibleName(tr("Reading font size"));
    m_spacing->setAccessibleName(tr("Line spacing"));
    m_theme->setAccessibleName(tr("Theme"));
    m_language->setAccessibleName(tr("Language of the window"));
    m_annotator->setAccessibleName(tr("Your name on new annotations"));
    m_retrain->setAccessibleName(tr("New entity tags after which the model trains again"));
    m_hijri->setAccessibleName(tr("The Hijri calendar dates are read in"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(readingBox);
    layout->addWidget(lookBox);
    layout->addWidget(annotateBox);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 60 * fontMetrics().averageCharWidth()), sizeHint().height());
}

ReadingSettings PreferencesDialog::reading() const
{
    ReadingSettings settings = m_reading;
    settings.font = m_font->currentFont();
    settings.font.setPointSize(m_size->value());
    settings.lineSpacing = m_spacing->value();
    return settings;
}

UiPreferences PreferencesDialog::ui() const
{
    UiPreferences prefs;
    prefs.language = m_language->currentData().toString();
    prefs.theme = UiPreferences::Theme(m_theme->currentData().toInt());
    prefs.annotatorName = m_annotator->text().trimmed();
    prefs.retrainEvery = m_retrain->value();
    prefs.tabularHijri = m_hijri->currentData().toBool();
    return prefs;
}

} // namespace hamish
