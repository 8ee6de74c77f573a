#include "versions/versionbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace hamish {

VersionBar::VersionBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_switcher(new QComboBox(this))
    , m_changes(new QPushButton(tr("What &changed"), this))
{
    m_switcher->setAccessibleName(tr("Version"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_changes->setToolTip(tr("The latest version with the words inserted and deleted since the one before."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_switcher);
    layout->addWidget(m_changes);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const int version = m_switcher->itemData(index).toInt();
        if (version != m_latest)
            emit versionRequested(version, false);
        m_switcher->setCurrentIndex(m_switcher->count() - 1); // the reader keeps the latest
    });
    connect(m_changes, &QPushButton::clicked, this, [this] { emit versionRequested(m_latest, true); });
    hide();
}

void VersionBar::setVersions(const QList<ArticleVersion>& versions, int waitingForReview)
{
    setVisible(versions.size() > 1);
    if (versions.size() < 2)
        return;
    const ArticleVersion& latest = versions.last();
    m_latest = latest.number;
    QString text = tr("Version %1 of %2, imported %3; %n character(s) changed.", nullptr, int(latest.changed))
                       .arg(latest.number)
                       .arg(versions.size())
                       .arg(QLocale().toString(latest.imported.toLocalTime(), QLocale::ShortFormat));
    if (waitingForReview > 0)
        text += u' ' + tr("%n annotation(s) to review.", nullptr, waitingForReview);
    m_label->setText(text);
    m_switcher->clear();
    for (const ArticleVersion& v : versions)
        m_switcher->addItem(tr("Version %1").arg(v.number), v.number);
    m_switcher->setCurrentIndex(m_switcher->count() - 1);
}

} // namespace hamish
