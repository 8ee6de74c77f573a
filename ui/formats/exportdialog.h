#pragma once

#include "formats/exportservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hamish {

class CollectionService;

// Chooses what to export and where: the format, this article, the selection, a collection or
// the whole library, the destination (a folder for brat), and the CoNLL options. The format and
// the scope chosen last are offered again.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(qint64 currentArticle, const QList<qint64>& selected, CollectionService& collections,
                 QWidget* parent = nullptr);

    ExportFormat format() const;
    QList<qint64> articles() const; // empty: the whole library or the collection
    QString destination() const;
    ExportOptions options() const;

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* destinationField() const { return m_destination; }
    QLineEdit* mappingField() const { return m_mapping; }
    QRadioButton* articleScope() const { return m_article; }
    QRadioButton* libraryScope() const { return m_library; }
    QRadioButton* selectionScope() const { return m_selection; }
    QRadioButton* collectionScope() const { return m_collection; }
    QComboBox* collectionBox() const { return m_collections; }
    QPushButton* exportButton() const { return m_export; }

    void accept() override;

private:
    void browse();
    void suggestDestination();
    void validate();
    void restoreLastChoice();

    qint64 m_currentArticle;
    QList<qint64> m_selected;
    QComboBox* m_format;
    QRadioButton* m_article;
    QRadioButton* m_selection;
    QRadioButton* m_collection;
    QComboBox* m_collections;
    QRadioButton* m_library;
    QLineEdit* m_destination;
    QComboBox* m_scheme;
    QLineEdit* m_mapping;
    QLabel* m_problem;
    QPushButton* m_export;
};

} // namespace hamish
