// libFuzzer target: article import of text, HTML, JSON and JSON Lines through the one reading
// path the import uses (ArticleReader: decoding, splitting, and the streaming corpus reader on
// its thread), previewed so that nothing is written.
#include "import/articleinput.h"
#include "import/importservice.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* name : {"fuzz.html", "fuzz.json", "fuzz.jsonl", "fuzz.txt"})
        (void)hamish::ImportService::preview(hamish::ArticleInput::memory(QString::fromLatin1(name), bytes), {});
    return 0;
}
