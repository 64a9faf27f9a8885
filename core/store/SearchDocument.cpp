#include "store/SearchDocument.h"

#include "mime/SearchText.h"
#include "store/SearchQuery.h"

#include <QFile>

namespace Poplar::Store {

SearchDocument SearchDocument::decode(const QByteArray &message, SearchSource source)
{
    return fromText(Mime::searchText(message), source);
}

SearchDocument SearchDocument::fromText(const Mime::SearchText &text, SearchSource source)
{
    SearchDocument document;
    document.source = source;
    document.sender = segmentForIndex(text.from);
    document.recipients = segmentForIndex(text.recipients);
    document.subject = segmentForIndex(text.subject);
    document.body = segmentForIndex(text.body);
    return document;
}

QByteArray SearchDocument::readFile(const QString &path, bool *opened)
{
    QFile file(path);
    const bool open = file.open(QIODevice::ReadOnly);
    if (opened)
        *opened = open;
    return open ? file.read(MaxIndexedBytes) : QByteArray();
}

} // namespace Poplar::Store
