// libFuzzer target: brat, CoNLL, W3C and JSON Lines annotation readers.
#include "formats/readers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first line of the input is the brat text, the rest its .ann.
    const qsizetype split = bytes.indexOf('\n');
    write(dir, "f.txt", split < 0 ? bytes : bytes.left(split));
    (void)hamish::AnnotationReaders::readBrat(write(dir, "f.ann", split < 0 ? QByteArray() : bytes.mid(split + 1)));
    (void)hamish::AnnotationReaders::readConll(write(dir, "f.conll", bytes));
    (void)hamish::AnnotationReaders::readW3c(write(dir, "f.json", bytes));
    (void)hamish::AnnotationReaders::readJsonl(write(dir, "f.jsonl", bytes));
    return 0;
}
