#include "Icons.h"

#include <QFile>
#include <QHash>

namespace Poplar::Ui {

namespace {

/// Every size of `pattern` (with %1 for the size) that the resource holds.
QIcon bundled(const QString &pattern, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (int size : sizes) {
        const QString path = pattern.arg(size);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
    }
    return icon;
}

} // namespace

QIcon themedIcon(const QString &name)
{
    // Icons are asked for on the GUI thread only; the cache keeps theme look-ups off paint paths.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it == cache.constEnd()) {
        const QIcon fallback = bundled(QStringLiteral(":/icons/%1/") + name + QStringLiteral(".png"), {16, 24, 32, 48});
        it = cache.insert(name, QIcon::fromTheme(name, fallback));
    }
    return *it;
}

QIcon applicationIcon()
{
    static const QIcon icon = QIcon::fromTheme(
        QStringLiteral("org.poplar.Poplar"),
        bundled(QStringLiteral(":/icons/hicolor/%1x%1/apps/org.poplar.Poplar.png"),
                {16, 22, 24, 32, 48, 64, 128, 256}));
    return icon;
}

} // namespace Poplar::Ui
