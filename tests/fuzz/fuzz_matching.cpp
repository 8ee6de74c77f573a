// libFuzzer target: the search fold, proclitic matching and mention finding.
#include "entities/mentionmatcher.h"
#include "search/textfinder.h"
#include "text/arabicfold.h"
#include "text/clitics.h"
#include "text/spansnap.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const hamish::FoldedText folded = hamish::foldWithOrigins(text);
    Q_ASSERT(folded.origin.size() == folded.text.size() + 1);
    (void)hamish::procliticReadings(folded.text);
    const qsizetype half = text.size() / 2;
    (void)hamish::findMentions(text, text.left(qMin<qsizetype>(half, 40)));
    (void)hamish::findMatches(text, text.mid(half, 20));
    (void)hamish::snapToWords(text, {half / 2, half});
    (void)hamish::withoutProclitics(text, {0, text.size()});
    return 0;
}
