#pragma once

#include "annotations/annotation.h"
#include "annotations/schema.h"
#include "storage/article.h"

#include <QList>
#include <QStringList>

#include <iterator>
#include <memory>

namespace hamish {

class Library;

// An article with its annotations, and code-point offsets for its body.
struct ExportDocument
{
    Article article;
    QList<Annotation> annotations; // text order
    QList<ArticleNote> notes;
    QList<Relation> relations;
    QList<Event> events;
    QList<ArticleLabel> labels;

    const Annotation* annotation(qint64 id) const;

    // Code points before UTF-16 offset `utf16` of the body (a surrogate pair counts once, at
    // its second unit).
    qsizetype codePoint(qsizetype utf16) const;
    void indexCodePoints();
    // The body was left unread because it holds nothing beyond the BMP: code points are UTF-16 offsets.
    void offsetsAreCodePoints() { m_sameUnits = true; }

private:
    // Code points before each block of BlockSize units: a small index (an eighth of a
    // pointer per character) instead of one entry per character.
    static constexpr qsizetype BlockSize = 64;
    QList<qsizetype> m_blockStarts;
    bool m_sameUnits = false;
};

// Which article bodies an export reads: formats that carry the text need all of them, those
// that quote the text around annotations the bodies they sit in, those that only give their
// code-point offsets the few of those with characters beyond the BMP, reports none.
enum class ExportBodies { All, Annotated, ForOffsets, None };

// The articles of an export, read from the library a few at a time as they are walked, so that
// a library of a million annotations is never in memory at once; walking them again reads them
// again. A walk that fails to read stops early and error() says why.
class ExportDocuments
{
public:
    // What to read: these articles in this order, their bodies or not, and only these
    // annotators' layers (none named: every layer).
    struct Reading
    {
        Library* library = nullptr;
        QList<qint64> ids;
        ExportBodies bodies = ExportBodies::All;
        QStringList annotators;
        qint64 dateTypeId = 0; // DATE entities get the value their text reads as when they have none
        bool articles = true;  // false: the articles' ids only
    };

    ExportDocuments() = default;
    explicit ExportDocuments(Reading reading);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    // One annotator's layer: annotations, relations, labels, notes, and the events whose
    // trigger is kept.
    ExportDocuments layer(const QString& annotator) const;
    // The same articles with their annotations, relations, events, labels and notes but not
    // their text or heading (only the article's id): for a quick first pass.
    ExportDocuments annotationsOnly() const;
    // Why a walk of these documents, or of those layer() or annotationsOnly() made of them,
    // stopped early; empty while every walk read every article.
    QString error() const { return *m_error; }
    // Every document at once, for small exports and tests.
    QList<ExportDocument> toList() const;

    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = ExportDocument;
        using difference_type = qsizetype;
        using pointer = const ExportDocument*;
        using reference = const ExportDocument&;

        const ExportDocument& operator*() const { return m_chunk->at(m_index - m_chunkStart); }
        const ExportDocument* operator->() const { return &**this; }
        const_iterator& operator++();
        bool operator==(const const_iterator& other) const { return m_index == other.m_index; }

    private:
        friend class ExportDocuments;
        const_iterator(const ExportDocuments* owner, qsizetype index);
        void readChunk();

        const ExportDocuments* m_owner = nullptr;
        qsizetype m_index = 0;
        qsizetype m_chunkStart = 0;
        std::shared_ptr<const QList<ExportDocument>> m_chunk;
        std::shared_ptr<void> m_snapshot; // one read transaction for the walk
    };

    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }

private:
    friend class const_iterator;
    QList<ExportDocument> read(qsizetype from) const;
    ExportDocuments sharingErrors(ExportDocuments derived) const;

    Reading m_reading;
    std::shared_ptr<QString> m_error = std::make_shared<QString>();
};

} // namespace hamish
