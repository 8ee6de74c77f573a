#include "annotate/layermarks.h"

#include <QSet>

namespace hamish {

SpanMark layerMark(int index)
{
    static const QColor colours[] = {QColor(0x15, 0x65, 0xc0), QColor(0xd8, 0x1b, 0x60), QColor(0x00, 0x89, 0x7b),
                                     QColor(0xf5, 0x7f, 0x17), QColor(0x5e, 0x35, 0xb1), QColor(0x6d, 0x4c, 0x41)};
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    const int colours_ = int(std::size(colours));
    return {colours[index % colours_], styles[(index / colours_ + index) % int(std::size(styles))], 1.8};
}

QHash<qint64, SpanMark> layerMarks(const QList<Annotation>& shown)
{
    QSet<QString> authors;
    for (const Annotation& a : shown) {
        if (a.kind == AnnotationKind::Entity)
            authors.insert(a.author);
    }
    if (authors.size() < 2)
        return {};
    QStringList ordered(authors.cbegin(), authors.cend());
    ordered.sort();
    QHash<qint64, SpanMark> marks;
    for (const Annotation& a : shown) {
        if (a.kind == AnnotationKind::Entity)
            marks.insert(a.id, layerMark(int(ordered.indexOf(a.author))));
    }
    return marks;
}

} // namespace hamish
