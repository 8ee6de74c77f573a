// Draws how each B9 figure grows with the library (issue 20): one PNG per figure, the library's
// size on a logarithmic axis, the figure on a linear one, and the growth the run script worked out.
// Usage: bench_chart GROWTH.tsv OUT-DIR
//   GROWTH.tsv: lines of FIGURE<TAB>ARTICLES<TAB>VALUE<TAB>UNIT<TAB>GROWTH
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <cstdio>

namespace {

struct Series
{
    QString unit;
    QString growth;
    QList<QPointF> points; // (articles, value)
};

QString slug(const QString& figure)
{
    QString out;
    for (const QChar c : figure.toLower())
        out += c.isLetterOrNumber() ? c : u'-';
    return out;
}

void draw(const QString& figure, const Series& series, const QString& path)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(80, 50, 520, 290);
    double top = 0;
    for (const QPointF& point : series.points)
        top = std::max(top, point.y());
    top = top > 0 ? top * 1.15 : 1;
    const double left = std::log10(1000), right = std::log10(1000000);
    auto at = [&](const QPointF& point) {
        return QPointF(plot.left() + (std::log10(point.x()) - left) / (right - left) * plot.width(),
                       plot.bottom() - point.y() / top * plot.height());
    };
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(plot);
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    for (const double articles : {3000.0, 30000.0, 300000.0}) {
        const double x = at({articles, 0}).x();
        p.setPen(QPen(QColor(220, 220, 220), 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - 50, plot.bottom() + 4, 100, 20), Qt::AlignCenter,
                   QLocale::c().toString(articles, 'f', 0));
    }
    for (int i = 0; i <= 4; ++i) {
        const double value = top * i / 4;
        const double y = plot.bottom() - plot.height() * i / 4;
        p.drawText(QRectF(0, y - 10, 74, 20), Qt::AlignRight | Qt::AlignVCenter,
                   value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 3));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 24, plot.width(), 20), Qt::AlignCenter,
               QStringLiteral("articles in the library (log scale)"));
    font.setPixelSize(15);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(0, 8, image.width(), 22), Qt::AlignCenter,
               QStringLiteral("%1 (%2): %3").arg(figure, series.unit, series.growth));
    QPainterPath line;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        if (i == 0)
            line.moveTo(at(series.points[i]));
        else
            line.lineTo(at(series.points[i]));
    }
    p.setPen(QPen(QColor(30, 90, 160), 2.5));
    p.drawPath(line);
    p.setBrush(QColor(30, 90, 160));
    for (const QPointF& point : series.points)
        p.drawEllipse(at(point), 4, 4);
    p.end();
    image.save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_chart GROWTH.tsv OUT-DIR\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 1;
    QMap<QString, Series> figures;
    QStringList order;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        if (fields.size() != 5)
            continue;
        if (!figures.contains(fields[0]))
            order.append(fields[0]);
        Series& series = figures[fields[0]];
        series.unit = fields[3];
        series.growth = fields[4];
        series.points.append({fields[1].toDouble(), fields[2].toDouble()});
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[2]));
    for (const QString& figure : order) {
        const QString path = QDir(QString::fromLocal8Bit(argv[2])).filePath(slug(figure) + QStringLiteral(".png"));
        draw(figure, figures[figure], path);
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
