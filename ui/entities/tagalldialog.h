#pragma once

#include "entities/mentionsearch.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace hamish {

class AnnotationService;
class CollectionService;
class Job;

// Tag all occurrences: finds the name (and its variants) in this article, the whole library or
// one collection, lists every hit in context with a checkbox, and returns the ones the user
// keeps. Hits already tagged with the type are shown but cannot be chosen again. The library and
// collections are searched on a worker thread; the type chosen last is remembered.
class TagAllDialog final : public QDialog
{
    Q_OBJECT

public:
    // typeId 0 starts with the type chosen last time.
    TagAllDialog(MentionSearch& mentions, AnnotationService& annotations, CollectionService& collections,
                 const QString& name, const QStringList& variants, qint64 typeId, qint64 articleId,
                 QWidget* parent = nullptr);
    ~TagAllDialog() override;

    QString name() const;
    qint64 typeId() const;
    QList<MentionHit> chosenHits() const;

    QLineEdit* nameField() const { return m_name; }
    QRadioButton* libraryScope() const { return m_library; }
    QRadioButton* collectionScope() const { return m_collection; }
    QComboBox* collectionBox() const { return m_collections; }
    // False while the library is being searched.
    bool isReady() const { return m_searching == nullptr; }

    void accept() override;
    QTreeWidget* hitList() const { return m_hits; }

public slots:
    void search();

signals:
    void searched();

private:
    void display(const Result<QList<MentionHit>>& found, qint64 milliseconds);

    MentionSearch& m_mentions;
    QStringList m_variants;
    qint64 m_articleId;
    QLineEdit* m_name;
    QComboBox* m_type;
    QRadioButton* m_article;
    QRadioButton* m_library;
    QRadioButton* m_collection;
    QComboBox* m_collections;
    QPushButton* m_tag = nullptr;
    Job* m_searching = nullptr;
    QLabel* m_summary;
    QTreeWidget* m_hits;
    QList<MentionHit> m_found;
};

} // namespace hamish
