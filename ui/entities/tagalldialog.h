#pragma once

#include "entities/mentionsearch.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace hamish {

class AnnotationService;

// Tag all occurrences: finds the name (and its variants) in this article or the whole
// library, lists every hit in context with a checkbox, and returns the ones the user keeps.
// Hits already tagged with the type are shown but cannot be chosen again.
class TagAllDialog final : public QDialog
{
    Q_OBJECT

public:
    TagAllDialog(MentionSearch& mentions, AnnotationService& annotations, const QString& name,
                 const QStringList& variants, qint64 typeId, qint64 articleId, QWidget* parent = nullptr);

    QString name() const;
    qint64 typeId() const;
    QList<MentionHit> chosenHits() const;

    QLineEdit* nameField() const { return m_name; }
    QRadioButton* libraryScope() const { return m_library; }
    QTreeWidget* hitList() const { return m_hits; }

public slots:
    void search();

private:
    MentionSearch& m_mentions;
    QStringList m_variants;
    qint64 m_articleId;
    QLineEdit* m_name;
    QComboBox* m_type;
    QRadioButton* m_article;
    QRadioButton* m_library;
    QLabel* m_summary;
    QTreeWidget* m_hits;
    QList<MentionHit> m_found;
};

} // namespace hamish
