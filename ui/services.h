#pragma once

#include <QString>

namespace hamish {

class AnnotationService;
class ArticleService;
class CollectionService;
class EntityRegistry;
class ImportService;
class Library;
class MentionSearch;
class RelationService;
class SchemaService;
class SearchService;

// The core services the window works with, built once by the composition root (app/).
struct Services
{
    Library& library;
    ImportService& importer;
    SearchService& search;
    AnnotationService& annotations;
    EntityRegistry& registry;
    MentionSearch& mentions;
    ArticleService& articles;
    CollectionService& collections;
    RelationService& relations;
    SchemaService& schema;
    // The annotator's name when Preferences leave it empty (the account's user name).
    QString defaultAnnotator;
};

} // namespace hamish
