// libFuzzer target: HTML, JSON and JSON Lines article import (parsing only, nothing is written).
#include "import/importservice.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* name : {"fuzz.html", "fuzz.json", "fuzz.jsonl", "fuzz.txt"})
        (void)hamish::ImportService::parseBytes(bytes, QString::fromLatin1(name), {});
    return 0;
}
