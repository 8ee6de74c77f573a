#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace hamish {

class VersionService;

// One version of an article, read-only: its text with the orphans it keeps marked, or what changed
// since the version before. Opens at a version; its own switcher goes to the others.
class VersionDialog final : public QDialog
{
    Q_OBJECT

public:
    VersionDialog(VersionService& versions, qint64 articleId, QWidget* parent = nullptr);

    void showVersion(int version, bool changes);
    QComboBox* switcher() const { return m_switcher; }
    QCheckBox* changesBox() const { return m_changes; }
    QTextBrowser* text() const { return m_text; }
    QLabel* summary() const { return m_summary; }

private:
    void refresh();

    VersionService& m_versions;
    qint64 m_articleId;
    QComboBox* m_switcher;
    QCheckBox* m_changes;
    QLabel* m_summary;
    QTextBrowser* m_text;
};

} // namespace hamish
