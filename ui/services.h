#pragma once

#include <QString>

namespace hamish {

class AnnotationService;
class EntityRegistry;
class ImportService;
class Library;
class MentionSearch;
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
    // The annotator's name when Preferences leave it empty (the account's user name).
    QString defaultAnnotator;
};

} // namespace hamish
