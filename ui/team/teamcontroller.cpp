#include "team/teamcontroller.h"

#include "jobs/jobrunner.h"
#include "storage/library.h"
#include "team/pgconnection.h"
#include "team/teamhistorydialog.h"
#include "team/teamsync.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTime>

#include <memory>

namespace hamish {

namespace {

struct SyncOutcome
{
    Result<SyncSummary> summary = failure(QString());
    bool needsPassword = false;
};

} // namespace

TeamController::TeamController(Library& library, JobRunner& jobs, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_jobs(jobs)
    , m_window(window)
    , m_status(new QLabel(window))
{
    m_timer.setInterval(AutoSyncMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &TeamController::syncNow);
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->hide();
}

QMenu* TeamController::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Team"), parent);
    menu->addAction(tr("&Connect…"), this, &TeamController::chooseServer);
    m_syncNow = menu->addAction(tr("&Sync Now"), this, &TeamController::syncNow);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_disconnect = menu->addAction(tr("&Disconnect"), this, &TeamController::disconnectFromServer);
    menu->addSeparator();
    menu->addAction(tr("Conflict &History…"), this, &TeamController::showHistory);
    updateActions();
    return menu;
}

QString TeamController::settingsKey() const
{
    // Per library; the connection string without any password, which is never stored.
    return QStringLiteral("team/server/") + QString::fromUtf8(m_library.path().toUtf8().toHex());
}

void TeamController::chooseServer()
{
    bool ok = false;
    const QString remembered = QSettings().value(settingsKey()).toString();
    const QString conninfo = QInputDialog::getText(
        m_window, tr("Connect to a Team Project"),
        tr("The team project's PostgreSQL database, as a libpq connection string or URI, for example\n"
           "host=news.example.org dbname=newsroom user=%1 sslmode=verify-full\n"
           "Your role on the server is your annotator name. Passwords come from ~/.pgpass or are asked "
           "for, and are never stored.")
            .arg(qEnvironmentVariable("USER")),
        QLineEdit::Normal, remembered, &ok);
    if (!ok || conninfo.trimmed().isEmpty())
        return;
    QSettings().setValue(settingsKey(), conninfo.trimmed());
    connectTo(conninfo.trimmed());
}

void TeamController::connectTo(const QString& conninfo, const QString& password)
{
    m_conninfo = conninfo;
    m_password = password;
    m_timer.start();
    m_status->show();
    updateActions();
    syncNow();
}

void TeamController::disconnectFromServer()
{
    m_conninfo.clear();
    m_password.clear();
    m_timer.stop();
    m_status->setText(tr("Team: not connected"));
    updateActions();
}

void TeamController::syncNow()
{
    if (!isConnected() || m_syncing)
        return;
    m_syncing = true;
    updateActions();
    m_status->setText(tr("Team: syncing…"));
    auto outcome = std::make_shared<SyncOutcome>();
    const QString conninfo = m_conninfo;
    const QString password = m_password;
    Job* job = m_jobs.start(
        tr("Syncing with the team project"), [outcome, conninfo, password](Library& library, const JobControl&) {
            Result<PgConnection> server = PgConnection::open(conninfo, password, &outcome->needsPassword);
            if (!server) {
                outcome->summary = failure(server.error());
                return;
            }
            outcome->summary = TeamSync::run(library.database(), *server);
        });
    connect(job, &Job::finished, this, [this, outcome] {
        m_syncing = false;
        updateActions();
        if (outcome->summary)
            finished(*outcome->summary);
        else
            failed(outcome->summary.error(), outcome->needsPassword);
    });
}

void TeamController::finished(const SyncSummary& summary)
{
    const QString when = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    m_status->setText(tr("Team: synced at %1, pulled %2").arg(when).arg(summary.pulled));
    m_status->setToolTip(summary.text());
    QString message = tr("Synced with the team project: %1.").arg(summary.text());
    if (summary.notPushable > 0)
        message += u' '
                   + tr("%n change(s) in other annotators' layers stay in this library: your role may write only "
                        "your own layer.",
                        nullptr, summary.notPushable);
    emit statusMessage(message, 10000);
    if (summary.pulled > 0)
        m_library.announceExternalChange(); // the views read what the others did
    emit synced(summary.pushed, summary.pulled, summary.conflicts);
}

void TeamController::failed(const QString& message, bool needsPassword)
{
    if (needsPassword && m_window && m_window->isVisible()) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(m_window, tr("Team Project Password"), tr("The server asks for a password:"),
                                  QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            m_password = password;
            syncNow();
            return;
        }
    }
    m_status->setText(tr("Team: offline since %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    m_status->setToolTip(message);
    emit statusMessage(
        tr("The team sync failed; your work stays in this library and goes with the next sync. %1").arg(message),
        15000);
    emit syncFailed(message);
}

void TeamController::updateActions()
{
    if (m_syncNow)
        m_syncNow->setEnabled(isConnected() && !m_syncing);
    if (m_disconnect)
        m_disconnect->setEnabled(isConnected());
}

void TeamController::showHistory()
{
    auto* dialog = new TeamHistoryDialog(m_library, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace hamish
