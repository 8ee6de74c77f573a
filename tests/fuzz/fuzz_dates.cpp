// libFuzzer target: Arabic date expressions (issue 19), read as one expression and found in
// running text, in both Hijri calendars; every span found must lie in the text and every value
// must read back.
#include "dates/dateparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const hamish::DateParser umalqura(QDate(2015, 7, 23));
    static const hamish::DateParser civil(QDate(2016, 1, 1), hamish::DateCalendar::IslamicCivil);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const hamish::DateParser* parser : {&umalqura, &civil}) {
        if (const std::optional<hamish::DateValue> value = parser->parse(text)) {
            if (!value->isValid() || value->last < value->first || !hamish::parseDateValue(value->value()))
                std::abort();
        }
        for (const hamish::FoundDate& found : parser->find(text)) {
            if (found.start < 0 || found.end > text.size() || found.end <= found.start || !found.value.isValid()
                || !hamish::parseDateValue(found.value.value()))
                std::abort();
        }
    }
    return 0;
}
