#pragma once

#include "annotations/relation.h"
#include "annotations/schema.h"
#include "formats/parsedannotations.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_map>

namespace hamish {

class AnnotationService;
class Library;
struct AnnotationImportOptions;
struct AnnotationImportReport;

// Writes what a reader parsed into the library, inside the caller's savepoint: the schema the file
// declares, its articles (matched by content hash), annotations with their attributes and
// references, relations, events and document labels. What the library holds already is counted
// as a duplicate, not added again, so importing a file twice changes nothing the second time.
// Types, attributes and labels the library lacks are created and reported; a name that cannot be
// a code fails the file rather than becoming a type.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    ImportWriter(Library& library, AnnotationService& annotations, const AnnotationImportOptions& options,
                 AnnotationImportReport& report);
    ~ImportWriter();
    // The annotator an annotation, relation or label the file names as `written`'s is stored as.
    QString authorOf(const QString& written) const;

    Status write(const ParsedAnnotations& parsed);

    const QList<qint64>& touched() const { return m_touched; }
    const QList<qint64>& created() const { return m_created; }

private:
    struct ArticleState
    {
        qint64 id = 0;
        QString body;
        QList<Annotation> annotations;
        QList<Relation> relations;
        QList<Event> events;
        QList<ArticleLabel> labels;
    };

    Status load(const ParsedAnnotations& parsed);
    Result<ArticleState*> articleState(qint64 articleId);
    Result<qint64> documentArticle(const ParsedDocument& document);
    Result<std::optional<qint64>> anchoredArticle(const QString& source, const QString& scope);
    void touch(qint64 articleId);

    Result<qint64> entityTypeId(const QString& code, int line);
    Result<qint64> relationTypeId(const QString& code, int line);
    Result<qint64> labelId(const ParsedLabel& label);
    Status declareAttributes(qint64 typeId, const QMap<QString, QString>& values, int line);
    Result<qint64> registryEntity(const QString& name, qint64 typeId);

    // The id of the annotation added, or of the same one already there.
    Result<qint64> addAnnotation(ArticleState& article, const ParsedAnnotation& parsed);
    // Ends named by keys that are not there fail the file when `strict`; else they are reported.
    Status addRelation(ArticleState& article, const ParsedRelation& parsed, const QHash<QString, qint64>& keys,
                       bool strict);
    Status addEvents(ArticleState& article, const QList<ParsedEvent>& events, const QHash<QString, qint64>& keys);
    Status addLabel(ArticleState& article, const ParsedLabel& label);
    Status writeDocument(const ParsedDocument& document);
    Status writeAnchored(const ParsedAnnotations& parsed);

    Library& m_library;
    AnnotationService& m_annotations;
    const AnnotationImportOptions& m_options;
    AnnotationImportReport& m_report;
    AnnotationSchema m_schema;
    QList<Entity> m_entities;
    std::unordered_map<qint64, ArticleState> m_articles; // references stay valid as it grows
    QList<qint64> m_touched;
    QList<qint64> m_created;
};

} // namespace hamish
