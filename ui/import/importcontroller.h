#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace hamish {

class ImportService;

// Runs imports for the window: asks for files, previews them, imports with a
// cancellable progress dialog, and reports what happened.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(ImportService& service, QWidget* window);

    void chooseFiles();
    void chooseFolder();
    // Previews, then imports. Returns the number of new articles.
    int importPaths(const QStringList& paths);

signals:
    void imported(qint64 firstNewArticle);

private:
    ImportService& m_service;
    QWidget* m_window;
};

} // namespace hamish
