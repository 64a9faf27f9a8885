#pragma once

#include <QByteArray>
#include <QString>

namespace Poplar::Mime { struct SearchText; }

namespace Poplar::Store {

/// What a message was indexed from; a full download replaces a preview, never the reverse.
enum class SearchSource { Preview = 1, Message = 2 };

/// Most bytes of a stored message read for indexing: a message larger than that is indexed by its
/// beginning (its text comes first, attachments after). Decoding takes a few times this in memory,
/// so indexing a message of any size stays within bounded memory.
constexpr qint64 MaxIndexedBytes = 2 * 1024 * 1024;

/// One message's row of the full-text index, decoded and segmented (segmentForIndex) and ready to
/// be written by SearchIndex. Made without the database, so on any thread: decoding is most of
/// what indexing costs, and a download does it beside the transfer.
struct SearchDocument {
    qint64 messageId = 0; ///< the message's row (StoredMessage::id); set by whoever knows it
    SearchSource source = SearchSource::Message;
    QString sender;
    QString recipients;
    QString subject;
    QString body;

    /// The document of a whole message, or of the headers and first lines TOP returned.
    static SearchDocument decode(const QByteArray &message, SearchSource source);
    /// The document of text decoded already (Mime::searchText()).
    static SearchDocument fromText(const Mime::SearchText &text, SearchSource source);
    /// What is indexed of a stored message file: its first MaxIndexedBytes; empty, with `opened`
    /// false, when the file cannot be opened.
    static QByteArray readFile(const QString &path, bool *opened = nullptr);
};

} // namespace Poplar::Store
