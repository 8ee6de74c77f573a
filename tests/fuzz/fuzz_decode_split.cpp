// libFuzzer target: text decoding and article splitting.
#include "import/articlesplitter.h"
#include "text/textdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto decoded = hamish::TextDecoder::decode(bytes);
    if (decoded) {
        hamish::ArticleSplitter splitter;
        for (const hamish::Article& article : splitter.split(decoded->text))
            (void)article.body.size();
        (void)splitter.whole(decoded->text);
    }
    return 0;
}
