#pragma once

#include "text/spansnap.h"
#include "undo/changecommand.h"
#include "versions/versiondialog.h"
#include "versions/versionservice.h"

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace hamish {

class AnnotationService;
class Library;
class ReaderView;
class ReviewPanel;
class VersionBar;

// Versions of articles in the window: the version bar over the reader, the Review panel of
// fuzzy placements and orphans (each action undoable), and the dialog that shows an older
// version or what changed.
class VersionsController final : public QObject
{
    Q_OBJECT

public:
    VersionsController(Library& library, AnnotationService& annotations, QUndoStack& undoStack, ReaderView& reader,
                       QWidget* window);

    void setArticle(qint64 articleId);
    VersionService& service() { return m_service; }
    VersionBar* bar() const { return m_bar; }
    ReviewPanel* panel() const { return m_panel; }
    VersionDialog* dialog() const { return m_dialog; }
    void showVersion(int version, bool changes);

signals:
    // The open article got a new version: the window shows its new text.
    void articleTextChanged(qint64 articleId);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    void jumpRequested(TextSpan span);

private:
    void reload();
    // Runs a review action and pushes its undo.
    void review(const QString& text, const std::function<Result<ReviewState>()>& action);

    Library& m_library;
    VersionService m_service;
    QUndoStack& m_undoStack;
    ReaderView& m_reader;
    QWidget* m_window;
    VersionBar* m_bar;
    ReviewPanel* m_panel;
    QPointer<VersionDialog> m_dialog;
    qint64 m_articleId = 0;
    int m_versionCount = 0; // of the open article, when last read
};

} // namespace hamish
