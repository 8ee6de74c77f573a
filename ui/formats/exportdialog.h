#pragma once

#include "formats/exportservice.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace hamish {

// Chooses what to export and where: the format, this article or the whole library, the
// destination (a folder for brat), and the CoNLL options.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(qint64 currentArticle, const QList<qint64>& selected = {}, QWidget* parent = nullptr);

    ExportFormat format() const;
    QList<qint64> articles() const; // empty: the whole library
    QString destination() const;
    ExportOptions options() const;

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* destinationField() const { return m_destination; }
    QRadioButton* libraryScope() const { return m_library; }
    QRadioButton* selectionScope() const { return m_selection; }

private:
    void browse();
    void suggestDestination();

    qint64 m_currentArticle;
    QList<qint64> m_selected;
    QComboBox* m_format;
    QRadioButton* m_article;
    QRadioButton* m_selection;
    QRadioButton* m_library;
    QLineEdit* m_destination;
    QComboBox* m_scheme;
    QLineEdit* m_mapping;
};

} // namespace hamish
