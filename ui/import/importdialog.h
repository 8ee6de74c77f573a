#pragma once

#include "import/importservice.h"
#include "storage/article.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace hamish {

class Job;

// Shows what an import would add before anything is written: for the chosen file, the
// encoding and its confidence, warnings, and each detected article with its metadata. The file
// is read on a worker thread (a corpus can take seconds); a newer choice replaces the reading.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `openArticle`: the article in the reader, which one file may become a new version of.
    ImportDialog(const QStringList& files, QWidget* parent = nullptr, const ArticleSummary& openArticle = {});

    ImportOptions options() const;
    QTreeWidget* articleTree() const { return m_articles; }
    QCheckBox* rawCheckBox() const { return m_raw; }
    QCheckBox* newVersionCheckBox() const { return m_newVersion; }
    QComboBox* encodingBox() const { return m_encoding; }
    // False while a file is being read.
    bool isPreviewReady() const { return m_reading == nullptr; }

signals:
    void previewReady();

private:
    void preview();
    void show(const Result<ParsedFile>& parsed);

    QStringList m_files;
    QListWidget* m_fileList;
    QComboBox* m_encoding;
    QCheckBox* m_raw;
    QCheckBox* m_newVersion;
    qint64 m_openArticle;
    QLabel* m_summary;
    QTreeWidget* m_articles;
    Job* m_reading = nullptr;
};

} // namespace hamish
