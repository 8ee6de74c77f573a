#pragma once

#include "annotations/annotationservice.h"
#include "annotations/relationservice.h"
#include "annotations/schemaservice.h"
#include "articles/articleservice.h"
#include "articles/collectionservice.h"
#include "entities/entityregistry.h"
#include "entities/mentionsearch.h"
#include "import/importservice.h"
#include "search/searchservice.h"
#include "services.h"
#include "testsupport.h"

namespace hamish::test {

// A fresh library with every core service the window needs, built as app/ builds them.
struct ServicesFixture
{
    TempLibrary temp;
    ImportService importer{*temp.library};
    SearchService search{*temp.library};
    AnnotationService annotations{*temp.library};
    EntityRegistry registry{*temp.library};
    MentionSearch mentions{*temp.library};
    ArticleService articles{*temp.library};
    CollectionService collections{*temp.library};
    RelationService relations{*temp.library};
    SchemaService schema{*temp.library};

    Services services()
    {
        return {*temp.library,
                importer,
                search,
                annotations,
                registry,
                mentions,
                articles,
                collections,
                relations,
                schema,
                QStringLiteral("tester")};
    }
};

} // namespace hamish::test
