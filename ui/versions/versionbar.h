#pragma once

#include "versions/versionstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace hamish {

// Above the text of an article with more than one version: which version the reader shows (the
// latest), a switcher to the others and the changes of the latest. Hidden for an article of one
// version.
class VersionBar final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionBar(QWidget* parent = nullptr);

    void setVersions(const QList<ArticleVersion>& versions, int waitingForReview);
    QComboBox* switcher() const { return m_switcher; }
    QPushButton* changesButton() const { return m_changes; }

signals:
    // Another version chosen in the switcher, or the changes asked for (version: the latest).
    void versionRequested(int version, bool changes);

private:
    QLabel* m_label;
    QComboBox* m_switcher;
    QPushButton* m_changes;
    int m_latest = 1;
};

} // namespace hamish
