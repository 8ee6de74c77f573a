#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace hamish {

class JobRunner;
class Library;
struct SyncSummary;

// File ▸ Team (issue 18): connecting the library to a team project on a PostgreSQL server, Sync
// Now, an automatic sync every few minutes while connected, and the history of the versions that
// lost a conflict. Syncs run on a worker thread with their own connection to the library; what they
// pull appears in the open views (the library is told it changed). A password the server asks for
// is asked for once and kept in memory only, never in the library or the settings. Offline, work
// goes on and the next sync takes it to the server.
class TeamController final : public QObject
{
    Q_OBJECT

public:
    TeamController(Library& library, JobRunner& jobs, QWidget* window, QObject* parent = nullptr);

    // Connect…, Sync Now, Disconnect and Conflict History.
    QMenu* createMenu(QWidget* parent);
    // For the status bar: when the library last synced and what it brought.
    QLabel* statusLabel() const { return m_status; }

    bool isConnected() const { return !m_conninfo.isEmpty(); }
    // Connects to the project and syncs at once (what Connect… does after its dialog).
    void connectTo(const QString& conninfo, const QString& password = {});
    void disconnectFromServer();
    void syncNow();
    void showHistory();
    void setAutoSyncInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int autoSyncInterval() const { return m_timer.interval(); }

    static constexpr int AutoSyncMinutes = 5;

signals:
    void synced(int pushed, int pulled, int conflicts);
    void syncFailed(const QString& message);
    void statusMessage(const QString& message, int timeout);

private:
    void chooseServer();
    void finished(const SyncSummary& summary);
    void failed(const QString& message, bool needsPassword);
    void updateActions();
    QString settingsKey() const;

    Library& m_library;
    JobRunner& m_jobs;
    QWidget* m_window;
    QString m_conninfo;
    QString m_password; // typed in the prompt; memory only
    QTimer m_timer;
    bool m_syncing = false;
    QLabel* m_status;
    QAction* m_syncNow = nullptr;
    QAction* m_disconnect = nullptr;
};

} // namespace hamish
