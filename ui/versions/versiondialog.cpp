#include "versions/versiondialog.h"

#include "reader/readerview.h"
#include "versions/versionservice.h"
#include "versions/versiontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hamish {

VersionDialog::VersionDialog(VersionService& versions, qint64 articleId, QWidget* parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_articleId(articleId)
    , m_switcher(new QComboBox(this))
    , m_changes(new QCheckBox(tr("Show what &changed since the version before"), this))
    , m_summary(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Versions of the article"));
    resize(820, 640);
    m_switcher->setAccessibleName(tr("Version"));
    m_summary->setWordWrap(true);
    m_text->setFont(ReaderView::defaultReadingFont());
    m_text->setLayoutDirection(Qt::RightToLeft);
    m_text->setAccessibleName(tr("Text of the version"));
    if (const Result<QList<ArticleVersion>> all = versions.versions(articleId); all)
        for (const ArticleVersion& v : *all)
            m_switcher->addItem(tr("Version %1 — %2")
                                    .arg(v.number)
                                    .arg(QLocale().toString(v.imported.toLocalTime(), QLocale::ShortFormat)),
                                v.number);
    auto* top = new QHBoxLayout;
    top->addWidget(m_switcher);
    top->addWidget(m_changes, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_switcher, &QComboBox::currentIndexChanged, this, &VersionDialog::refresh);
    connect(m_changes, &QCheckBox::toggled, this, &VersionDialog::refresh);
}

void VersionDialog::showVersion(int version, bool changes)
{
    const QSignalBlocker blockSwitcher(m_switcher), blockChanges(m_changes);
    m_switcher->setCurrentIndex(std::max(0, m_switcher->findData(version)));
    m_changes->setChecked(changes);
    refresh();
}

void VersionDialog::refresh()
{
    const int version = m_switcher->currentData().toInt();
    const Result<QString> text = m_versions.body(m_articleId, version);
    if (!text) {
        m_summary->setText(text.error());
        m_text->clear();
        return;
    }
    m_changes->setEnabled(version > 1);
    if (m_changes->isChecked() && version > 1) {
        const Result<QString> before = m_versions.body(m_articleId, version - 1);
        if (before) {
            versiontext::showChanges(*m_text->document(), *before, *text);
            m_summary->setText(tr("Version %1 against version %2: inserted words are green, deleted ones red and "
                                  "struck through.")
                                   .arg(version)
                                   .arg(version - 1));
            return;
        }
    }
    const Result<QList<Orphan>> orphans = m_versions.orphans(m_articleId, version);
    const QList<Orphan> kept = orphans ? *orphans : QList<Orphan>();
    versiontext::showVersion(*m_text->document(), *text, kept);
    m_summary->setText(kept.isEmpty() ? tr("Version %1.").arg(version)
                                      : tr("Version %1: %n annotation(s) kept here found no place in the next version "
                                           "(marked).",
                                           nullptr, int(kept.size()))
                                            .arg(version));
}

} // namespace hamish
