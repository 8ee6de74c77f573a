#include "import/jsonstream.h"

namespace hamish {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr int MaximumDepth = 512;

} // namespace

Status JsonRecordStream::readArray(QIODevice& device, const Handler& onRecord)
{
    enum class State { BeforeArray, BetweenRecords, InRecord, AfterArray };
    State state = State::BeforeArray;
    QByteArray record;
    int depth = 0, line = 1, recordLine = 1, number = 0;
    bool inString = false, escaped = false, expectComma = false;
    bool first = true;
    for (;;) {
        const QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty()) {
            if (!device.atEnd())
                return failure(tr("the file cannot be read further (%1).").arg(device.errorString())).atLine(line);
            break;
        }
        qsizetype i = 0;
        if (first && chunk.startsWith("\xEF\xBB\xBF"))
            i = 3;
        first = false;
        for (; i < chunk.size(); ++i) {
            const char c = chunk.at(i);
            if (c == '\n')
                ++line;
            switch (state) {
            case State::BeforeArray:
                if (c == '[')
                    state = State::BetweenRecords;
                else if (!isspace(static_cast<unsigned char>(c)))
                    return failure(tr("expected a JSON array of articles.")).atLine(line);
                break;
            case State::BetweenRecords:
                if (isspace(static_cast<unsigned char>(c)))
                    break;
                if (c == ']') {
                    state = State::AfterArray;
                } else if (c == ',' && expectComma) {
                    expectComma = false;
                } else if (c == '{' && !expectComma) {
                    state = State::InRecord;
                    record = "{";
                    depth = 1;
                    recordLine = line;
                } else {
                    return failure(tr("record %1: expected an object with title and content.").arg(number + 1))
                        .atLine(line);
                }
                break;
            case State::InRecord:
                record += c;
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"')
                        inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    if (++depth > MaximumDepth)
                        return failure(tr("record %1 is nested too deeply.").arg(number + 1)).atLine(line);
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        if (Status ok = onRecord(record, ++number, recordLine); !ok)
                            return ok;
                        record.clear();
                        state = State::BetweenRecords;
                        expectComma = true;
                    }
                }
                break;
            case State::AfterArray:
                if (!isspace(static_cast<unsigned char>(c)))
                    return failure(tr("text after the end of the array.")).atLine(line);
                break;
            }
        }
    }
    if (state != State::AfterArray)
        return failure(tr("the JSON array is not closed.")).atLine(line);
    return {};
}

Status JsonRecordStream::readLines(QIODevice& device, const Handler& onRecord)
{
    int line = 0, number = 0;
    while (!device.atEnd()) {
        QByteArray text = device.readLine();
        ++line;
        if (text.isEmpty() && !device.atEnd())
            return failure(tr("the file cannot be read further (%1).").arg(device.errorString())).atLine(line);
        if (line == 1 && text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        if (Status ok = onRecord(text, ++number, line); !ok)
            return ok;
    }
    return {};
}

} // namespace hamish
