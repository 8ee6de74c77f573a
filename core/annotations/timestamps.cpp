#include "annotations/timestamps.h"

namespace hamish {

namespace {

void putDigits(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// The value of `width` digits at text[from], or -1.
int digitsAt(const QString& text, qsizetype from, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const char16_t c = text.at(from + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString isoUtc(const QDateTime& time, Milliseconds ms)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(ms == Milliseconds::Include ? Qt::ISODateWithMs : Qt::ISODate);
    QString text(ms == Milliseconds::Include ? 24 : 20, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    *out++ = u'T';
    putDigits(out, clock.hour(), 2);
    *out++ = u':';
    putDigits(out, clock.minute(), 2);
    *out++ = u':';
    putDigits(out, clock.second(), 2);
    if (ms == Milliseconds::Include) {
        *out++ = u'.';
        putDigits(out, clock.msec(), 3);
    }
    *out = u'Z';
    return text;
}

QDateTime fromIsoUtc(const QString& text)
{
    // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime clock(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3));
        if (date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace hamish
