#pragma once

#include <QMainWindow>

namespace hamish {

class ImportController;
class ImportService;
class Library;
class LibraryModel;
class LibraryView;
class ReaderPane;
class SearchPanel;
class SearchService;

// Assembles the window: the library list and search as docks, the reader in the
// middle, menus and drag and drop. The features live in their own widgets.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Library& library, ImportService& importer, SearchService& search, QWidget* parent = nullptr);

    void openArticle(qint64 id);
    LibraryView* libraryView() const { return m_libraryView; }
    ReaderPane* readerPane() const { return m_reader; }
    SearchPanel* searchPanel() const { return m_search; }
    ImportController* importController() const { return m_importController; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void showAbout();

    Library& m_library;
    LibraryModel* m_model;
    LibraryView* m_libraryView;
    ReaderPane* m_reader;
    SearchPanel* m_search;
    ImportController* m_importController;
};

} // namespace hamish
