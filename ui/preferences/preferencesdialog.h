#pragma once

#include "preferences/uipreferences.h"
#include "reader/readingsettings.h"

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace hamish {

class AnnotationService;

// Every preference in one place: reading font, size and line spacing, theme, UI language,
// the annotator's name and the entity types. Nothing changes until OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `defaultAnnotator` is the name used when the annotator field is left empty.
    PreferencesDialog(const ReadingSettings& reading, const UiPreferences& ui, const QString& defaultAnnotator,
                      AnnotationService& annotations, QWidget* parent = nullptr);

    ReadingSettings reading() const;
    UiPreferences ui() const;

    QFontComboBox* fontBox() const { return m_font; }
    QSpinBox* sizeBox() const { return m_size; }
    QSpinBox* spacingBox() const { return m_spacing; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* annotatorBox() const { return m_annotator; }
    QSpinBox* retrainBox() const { return m_retrain; }
    QComboBox* hijriBox() const { return m_hijri; }

private:
    ReadingSettings m_reading;
    QFontComboBox* m_font;
    QSpinBox* m_size;
    QSpinBox* m_spacing;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLineEdit* m_annotator;
    QSpinBox* m_retrain;
    QComboBox* m_hijri;
};

} // namespace hamish
