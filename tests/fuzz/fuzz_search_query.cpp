// libFuzzer target: the search query path, from what a user types to an FTS5 query run on a
// small library.
#include "search/searchquery.h"
#include "search/searchservice.h"
#include "storage/library.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    static std::unique_ptr<hamish::Library> library = [] {
        auto opened = hamish::Library::open(dir.filePath(QStringLiteral("fuzz.hamish")));
        hamish::Article a;
        a.title = QStringLiteral("خبر");
        a.body = QStringLiteral("زار الوفد بالرياض والدوحة ومصر، وقال مُحَمَّدٌ إن CNN نشرت ٢٠٢٤.");
        a.importedAt = QDateTime::currentDateTimeUtc();
        (void)(*opened)->articles().insert(a);
        return std::move(*opened);
    }();
    const QString query = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)hamish::SearchQuery::toFts(query);
    (void)hamish::SearchService(*library).search(query, 10);
    return 0;
}
