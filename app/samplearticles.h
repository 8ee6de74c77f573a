#pragma once

#include "result.h"

namespace hamish {

class AnnotationService;
class EntityRegistry;
class ImportService;
class Library;

// Imports the sample articles shipped in the app's resources (:/samples), written for
// Hamish: diacritics, mixed Arabic and Latin, Arabic-Indic digits and named entities. The first
// of them carries example annotations (entities of three types linked to the registry, a
// highlight with a note, and a note on the article), so that a new user sees what Hamish makes.
Status importSampleArticles(ImportService& importer, AnnotationService& annotations, EntityRegistry& registry);

} // namespace hamish
