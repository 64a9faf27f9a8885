#include "net/HostName.h"

#include <QHostAddress>
#include <QUrl>

namespace Poplar::Net {

QString asciiHostName(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return {};
    QHostAddress address;
    if (address.setAddress(trimmed))
        return trimmed;
    return QString::fromLatin1(QUrl::toAce(trimmed));
}

QString displayHostName(const QString &host)
{
    const QString ascii = asciiHostName(host);
    if (ascii.isEmpty())
        return host;
    QHostAddress address;
    if (address.setAddress(ascii))
        return ascii;
    return QUrl::fromAce(ascii.toLatin1());
}

} // namespace Poplar::Net
