#pragma once

#include "result.h"

namespace hamish {

class ImportService;

// Imports the sample articles shipped in the app's resources (:/samples), written for
// Hamish: diacritics, mixed Arabic and Latin, Arabic-Indic digits and named entities.
Status importSampleArticles(ImportService& importer);

} // namespace hamish
