#include "ViewState.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace Poplar::Ui {

namespace {
QString splitKey(const QSplitter *split)
{
    return split->orientation() == Qt::Vertical ? QStringLiteral("splitBelow") : QStringLiteral("splitBeside");
}
} // namespace

ViewState::ViewState(const QString &profileDir, QHeaderView *header, QSplitter *split, QObject *parent)
    : QObject(parent), m_group(settingsGroup(profileDir)), m_header(header), m_split(split)
{
    auto changed = [this] {
        if (!m_restoring)
            save();
    };
    connect(header, &QHeaderView::sectionResized, this, changed);
    connect(header, &QHeaderView::sectionMoved, this, changed);
    connect(header, &QHeaderView::sortIndicatorChanged, this, changed);
    connect(split, &QSplitter::splitterMoved, this, changed);
}

QString ViewState::settingsGroup(const QString &profileDir)
{
    QString path = QFileInfo(profileDir).canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(QFileInfo(profileDir).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("profiles/") + QString::fromLatin1(hash);
}

void ViewState::restore()
{
    if (!m_header || !m_split)
        return;
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(m_group);
    const QByteArray columns = settings.value(QStringLiteral("columns")).toByteArray();
    if (!columns.isEmpty() && m_header->restoreState(columns)) {
        // A state from another build may lack the sort indicator: the view follows the header.
        if (auto *view = qobject_cast<QAbstractItemView *>(m_header->parentWidget()))
            view->model()->sort(m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
    }
    QList<int> sizes;
    for (const QVariant &v : settings.value(splitKey(m_split)).toList())
        sizes << v.toInt();
    if (sizes.size() == m_split->count())
        m_split->setSizes(sizes);
    m_restoring = false;
}

void ViewState::save() const
{
    if (!m_header || !m_split)
        return;
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(QStringLiteral("columns"), m_header->saveState());
    QVariantList sizes;
    for (int size : m_split->sizes())
        sizes << size;
    settings.setValue(splitKey(m_split), sizes);
}

} // namespace Poplar::Ui
