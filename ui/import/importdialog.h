#pragma once

#include "import/importservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace hamish {

// Shows what an import would add before anything is written: for the chosen file, the
// encoding and its confidence, warnings, and each detected article with its metadata.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QStringList& files, QWidget* parent = nullptr);

    ImportOptions options() const;
    QTreeWidget* articleTree() const { return m_articles; }
    QCheckBox* rawCheckBox() const { return m_raw; }
    QComboBox* encodingBox() const { return m_encoding; }

private:
    void preview();

    QStringList m_files;
    QListWidget* m_fileList;
    QComboBox* m_encoding;
    QCheckBox* m_raw;
    QLabel* m_summary;
    QTreeWidget* m_articles;
};

} // namespace hamish
