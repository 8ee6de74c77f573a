#include "versions/versionscontroller.h"

#include "reader/readerview.h"
#include "storage/library.h"
#include "versions/reviewpanel.h"
#include "versions/versionbar.h"
#include "versions/versiondialog.h"

#include <QUndoStack>

namespace hamish {

VersionsController::VersionsController(Library& library, AnnotationService& annotations, QUndoStack& undoStack,
                                       ReaderView& reader, QWidget* window)
    : QObject(window)
    , m_library(library)
    , m_service(library, &annotations)
    , m_undoStack(undoStack)
    , m_reader(reader)
    , m_window(window)
    , m_bar(new VersionBar(window))
    , m_panel(new ReviewPanel(window))
{
    connect(&library, &Library::articleTextChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_articleId))
            emit articleTextChanged(m_articleId);
    });
    // Another process (the CLI) may have given the open article a new version.
    connect(&library, &Library::changedElsewhere, this, [this] {
        const int known = m_versionCount;
        reload();
        if (m_articleId > 0 && m_versionCount != known)
            emit articleTextChanged(m_articleId);
    });
    connect(&m_service, &VersionService::reviewChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            reload();
    });
    connect(m_bar, &VersionBar::versionRequested, this, &VersionsController::showVersion);
    connect(m_panel, &ReviewPanel::showRequested, this, [this](const PlacementRecord& p) {
        if (p.placement == Placement::Fuzzy && p.newStart >= 0)
            emit jumpRequested({p.newStart, p.newEnd});
    });
    connect(m_panel, &ReviewPanel::acceptRequested, this, [this](const PlacementRecord& p) {
        review(tr("Accept placement"), [this, p] { return m_service.accept(p); });
    });
    connect(m_panel, &ReviewPanel::deleteRequested, this, [this](const PlacementRecord& p) {
        review(tr("Delete annotation"), [this, p] { return m_service.discard(p); });
    });
    connect(m_panel, &ReviewPanel::replaceRequested, this, [this](const PlacementRecord& p) {
        const TextSpan span = m_reader.selectedSpan();
        if (span.isEmpty()) {
            emit statusMessage(tr("Select the text the annotation belongs to, then press Re-place."));
            return;
        }
        review(tr("Re-place annotation"), [this, p, span] { return m_service.replace(p, span.start, span.end); });
    });
}

void VersionsController::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_dialog)
        m_dialog->close();
    reload();
}

void VersionsController::reload()
{
    if (m_articleId <= 0) {
        m_versionCount = 0;
        m_bar->setVersions({}, 0);
        m_panel->setQueue({});
        return;
    }
    const Result<QList<PlacementRecord>> queue = m_service.reviewQueue(m_articleId);
    const Result<QList<ArticleVersion>> versions = m_service.versions(m_articleId);
    m_panel->setQueue(queue ? *queue : QList<PlacementRecord>());
    m_versionCount = versions ? int(versions->size()) : 0;
    m_bar->setVersions(versions ? *versions : QList<ArticleVersion>(), queue ? int(queue->size()) : 0);
}

void VersionsController::showVersion(int version, bool changes)
{
    if (m_articleId <= 0)
        return;
    if (!m_dialog) {
        m_dialog = new VersionDialog(m_service, m_articleId, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->showVersion(version, changes);
    m_dialog->show();
    m_dialog->raise();
}

void VersionsController::review(const QString& text, const std::function<Result<ReviewState>()>& action)
{
    const Result<ReviewState> before = action();
    if (!before) {
        emit errorOccurred(before.error());
        return;
    }
    const Result<ReviewState> after = m_service.reviewState(before->placement);
    if (!after) {
        emit errorOccurred(after.error());
        return;
    }
    const ReviewState was = *before, is = *after;
    m_undoStack.push(new ChangeCommand(
        text, [this, is] { return m_service.restore(is); }, [this, was] { return m_service.restore(was); },
        [this](const QString& message) { emit errorOccurred(message); }));
}

} // namespace hamish
