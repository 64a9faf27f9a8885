#include "MessageDrag.h"

#include "store/Export.h"

#include <QFile>
#include <QUrl>

namespace Poplar::Ui {

namespace {
// Exported files must outlive the drag (the file manager copies them after the drop): the
// folders live until the application exits.
std::vector<std::shared_ptr<QTemporaryDir>> &keptFolders()
{
    static std::vector<std::shared_ptr<QTemporaryDir>> folders;
    return folders;
}
} // namespace

MessageMimeData::MessageMimeData(QVector<Store::StoredMessage> messages) : m_messages(std::move(messages))
{
}

QStringList MessageMimeData::formats() const
{
    return {QStringLiteral("text/uri-list"), QStringLiteral("message/rfc822")};
}

bool MessageMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant MessageMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (!hasFormat(mimeType) || m_messages.isEmpty())
        return {};
    if (mimeType == QLatin1String("message/rfc822")) {
        QFile raw(m_messages.first().rawPath);
        return raw.open(QIODevice::ReadOnly) ? raw.readAll() : QByteArray();
    }
    if (!m_dir) {
        m_dir = std::make_shared<QTemporaryDir>();
        keptFolders().push_back(m_dir);
        QString error;
        m_files = Store::exportToFolder(m_messages, m_dir->path(), &error);
        if (!error.isEmpty())
            qWarning("poplar: drag export failed: %s", qPrintable(error));
    }
    if (type.id() == QMetaType::QByteArray) {
        QByteArray list;
        for (const QString &file : std::as_const(m_files))
            list += QUrl::fromLocalFile(file).toEncoded() + "\r\n";
        return list;
    }
    QVariantList urls; // what QMimeData::urls() expects
    for (const QString &file : std::as_const(m_files))
        urls << QUrl::fromLocalFile(file);
    return urls;
}

} // namespace Poplar::Ui
