#pragma once

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
};

} // namespace hamish
