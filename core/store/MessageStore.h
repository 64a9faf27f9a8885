#pragma once

#include "mime/HeaderSummary.h"
#include "store/ReadResult.h"
#include "store/SearchDocument.h"
#include "store/Sha256.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace Poplar::Store {

class Database;

/// Most bytes of a preview (the TOP reply: header block and first lines) the store keeps; a longer
/// one keeps its beginning and is marked cut (StoredMessage::headersCut).
constexpr qsizetype MaxPreviewBytes = 256 * 1024;

/// The state of a downloaded message's file as last checked against the size and SHA-256
/// recorded when it was committed (by verify, export or a download run). Stored as a number.
enum class FileState {
    Sound = 0,       ///< present, as far as the last check went
    Missing = 1,     ///< the file is gone
    WrongSize = 2,   ///< truncated or grown: its size is not the one recorded
    WrongDigest = 3, ///< the right size, other bytes: replaced or corrupted
};

/// A message as the server lists it.
struct ServerMessage {
    QByteArray uid;
    qint64 size = 0;
};

/// What the store knows of one UIDL: enough to diff a server listing and apply policies.
struct MessageStatus {
    qint64 id = 0;
    bool onServer = false;
    bool downloaded = false;
    bool deleteRequested = false;
    bool localDeleted = false;
    qint64 serverSize = 0;
    QDateTime downloadedAt;
    bool damaged = false; ///< downloaded, but its file was found missing or damaged
    /// Imported: another program (this one) already fetched it; never new, never downloaded unless asked.
    QString fetchedBy;
};

/// Headers fetched with TOP for one message.
struct HeaderUpdate {
    QByteArray uid;
    QByteArray headers; ///< the TOP reply: header block and the first body lines
    Mime::HeaderSummary summary;
    bool cut = false;   ///< `headers` is only the beginning of what the server sent
};

/// One stored message row.
struct StoredMessage {
    qint64 id = 0;
    qint64 accountId = 0;
    QByteArray uid;
    qint64 serverSize = 0;
    QDateTime firstSeen;
    bool onServer = false;
    bool deleteRequested = false;
    QDateTime deletedAt;
    QDateTime downloadedAt; ///< invalid while only the headers are known
    bool localDeleted = false;
    bool seen = false;      ///< the user has looked at it; until then it is "new"
    Mime::HeaderSummary summary;
    QByteArray headers;     ///< the preview, at most MaxPreviewBytes
    bool headersCut = false; ///< the preview is only the beginning of what the server sent
    /// False while the server listed the message but its headers have not arrived (nor its bytes).
    bool headersKnown = true;
    QString rawPath;        ///< absolute path of the .eml once downloaded
    qint64 rawSize = 0;
    QByteArray rawSha256;   ///< SHA-256 of the file as committed (empty if it was gone before digests)
    FileState fileState = FileState::Sound; ///< as last checked
    QString fetchedBy;      ///< the program that fetched it before Poplar (imported UIDL); empty if none
    QDateTime trashedAt;    ///< when the user moved it to the Trash; invalid when it is not there
    bool isDownloaded() const { return downloadedAt.isValid(); }
    /// In the Trash: deleted by the user, restorable until the Trash is emptied.
    bool inTrash() const { return trashedAt.isValid() && !localDeleted; }
    /// Unread (never looked at, or marked unread), whether on the server or downloaded.
    bool isUnread() const { return !seen; }
    /// Downloaded, but the file was last found missing or damaged.
    bool isDamaged() const { return isDownloaded() && fileState != FileState::Sound; }
};

} // namespace Poplar::Store

// Only Qt's implicitly shared types and plain values: growing the list's vector of 100,000
// messages may move them bytewise instead of copying each.
Q_DECLARE_TYPEINFO(Poplar::Store::StoredMessage, Q_RELOCATABLE_TYPE);

namespace Poplar::Store {

/// A message being downloaded: bytes go to a temporary file as they arrive, so memory stays
/// bounded whatever the size. Made by MessageStore::beginDownload, handed back to commitDownloads.
class IncomingMessage {
public:
    ~IncomingMessage();
    /// Writes `chunk` to the file at once (no buffer of its own: the caller's buffer is the only
    /// one) and adds it to the digest. Past every few MiB the kernel is asked to start writing
    /// the file out, so the sync at commit finds little left to do.
    [[nodiscard]] bool write(QByteArrayView chunk);
    /// Writes out what is buffered and closes the file; MessageStore::commitDownloads() makes it
    /// durable with the rest of its batch. Only finished messages can be committed.
    [[nodiscard]] bool finish(QString *error);
    QByteArray uid() const { return m_uid; }
    qint64 size() const { return m_size; }
    /// SHA-256 of every byte written, computed as they streamed in (valid after finish()).
    QByteArray sha256() const { return m_digest; }
    /// The header block seen so far (at most MaxPreviewBytes), for the list's fields.
    const QByteArray &headerBytes() const { return m_headerBytes; }
    /// True when the header block is longer than headerBytes() holds.
    bool headerCut() const { return m_headerCut; }
    /// Makes the list's summary of the header block (GMime sees the headers only). A commit does
    /// it when it has not been done; it may run on another thread, which then owns the message.
    void summarize();
    /// Makes the summary and the search index's document (the costly half of indexing) from one
    /// parse of the written file. A commit asked for documents does it when it has not been
    /// done; like summarize(), it may run on another thread, which then owns the message.
    void summarizeForSearch();

private:
    friend class MessageStore;
    IncomingMessage(QByteArray uid, QString tempPath, QString finalPath);
    /// Keeps the header block's bytes until its end (the first empty line) has been seen.
    void captureHeader(QByteArrayView chunk);
    QByteArray m_uid;
    QString m_tempPath;
    QString m_finalPath;
    int m_fd = -1;
    Sha256 m_hash;
    qint64 m_writebackFrom = 0; ///< where the part not yet handed to the kernel's writeback starts
    QByteArray m_digest;
    qint64 m_size = 0;
    QByteArray m_headerBytes;
    bool m_headerComplete = false;
    bool m_headerCut = false;
    bool m_finished = false;
    std::optional<Mime::HeaderSummary> m_summary;
    std::optional<SearchDocument> m_searchDocument;
};

/// The messages of every account, keyed by (account, UIDL). Raw messages are files under the
/// profile, each durably written before the row that names it commits. Every read returns a
/// ReadResult: a failed query is an error, never an empty list.
class MessageStore {
public:
    MessageStore(Database &database, const QString &profileDir);

    /// True when the database is open read-only: every write fails.
    bool isReadOnly() const;
    /// Removes the temporary files downloads of `accountId` left behind (a crash, a kill). Only the
    /// holder of the account's AccountLock may call it: any other run's files are in use.
    void removeStaleDownloads(qint64 accountId);

    ReadResult<QHash<QByteArray, MessageStatus>> statuses(qint64 accountId) const;
    /// Records a complete server listing in one transaction: unknown UIDs are inserted, known
    /// ones marked present, and those missing marked gone. `newUids` gets the inserted ones.
    /// `known` (optional) is statuses() as the caller already read it, saving a second pass.
    [[nodiscard]] bool recordListing(qint64 accountId, const QVector<ServerMessage> &listing,
                                     QVector<QByteArray> *newUids, QString *error,
                                     const QHash<QByteArray, MessageStatus> *known = nullptr);
    /// UIDLs of messages neither downloaded nor given headers yet (e.g. a download was cut).
    ReadResult<QSet<QByteArray>> uidsWithoutHeaders(qint64 accountId) const;
    [[nodiscard]] bool saveHeaders(qint64 accountId, const QVector<HeaderUpdate> &updates, QString *error);

    /// Starts writing a downloaded message to a temporary file of its own (named by process and a
    /// random part, so two runs never share one).
    std::unique_ptr<IncomingMessage> beginDownload(qint64 accountId, const QByteArray &uid, QString *error);
    /// How far a commit of downloads goes before it returns.
    enum class Durability {
        /// The rows are on disk when it returns: needed before any DELE, and at the end of a run.
        Full,
        /// The rows are committed (a crash of the program loses nothing) but reach the disk with
        /// the next Full commit; the files are synced all the same, before the rows name them.
        Deferred,
    };
    /// Commits finished downloads: files moved in place, then every file's data synced (the
    /// fdatasyncs of a batch run side by side, so the file system joins them into few journal
    /// commits) and their directory synced, and only then the rows updated, with one statement
    /// per few hundred messages, in one transaction synced as `durability` says.
    [[nodiscard]] bool commitDownloads(qint64 accountId, std::vector<std::unique_ptr<IncomingMessage>> &messages,
                                       QString *error, Durability durability = Durability::Full);
    // commitDownloads() in its three steps, for a caller that syncs on another thread while it
    // goes on downloading: place, then syncFiles() (any thread), then, once that succeeded,
    // recordDownloads(). Rows are never recorded before their files are synced.
    /// Moves finished downloads into place; `files` gets their paths, to be synced.
    [[nodiscard]] bool placeDownloads(qint64 accountId, std::vector<std::unique_ptr<IncomingMessage>> &messages,
                                      QStringList *files, QString *error);
    /// Syncs the data of `files` and then the directory `dir` (thread-safe: touches no database).
    [[nodiscard]] static bool syncFiles(const QStringList &files, const QString &dir);
    /// Records placed and synced downloads (clearing `messages`), the rows synced as `durability`
    /// says; `searchDocuments` (optional) gets each recorded message's search document, naming its row.
    [[nodiscard]] bool recordDownloads(qint64 accountId, std::vector<std::unique_ptr<IncomingMessage>> &messages,
                                       QString *error, Durability durability,
                                       QVector<SearchDocument> *searchDocuments = nullptr);
    /// Where the files of an account's downloads go (the `dir` of syncFiles()).
    QString messageDirectory(qint64 accountId) const { return messageDir(accountId); }
    /// Brings every Deferred commit to disk (syncs SQLite's write-ahead log), as a Full commit
    /// would; does nothing when there is none.
    [[nodiscard]] bool syncDeferredCommits(QString *error);

    /// Records what a check of stored files found (FileState per UIDL); `digests` (optional) gives
    /// the SHA-256 to adopt for rows that have none yet (files gone before digests were kept).
    [[nodiscard]] bool setFileStates(qint64 accountId, const QHash<QByteArray, FileState> &states, QString *error,
                                     const QHash<QByteArray, QByteArray> &digests = {});
    /// Looks at (without reading) every downloaded file of the account thought sound and marks
    /// those missing or of the wrong size; `marked` gets their UIDLs. A download run calls this so
    /// that damaged messages still on the server are fetched again.
    [[nodiscard]] bool markMissingFiles(qint64 accountId, QVector<QByteArray> *marked, QString *error);

    /// Marks messages the user wants deleted on the server (or takes that back).
    [[nodiscard]] bool setDeleteRequested(qint64 accountId, const QVector<QByteArray> &uids, bool requested,
                                          QString *error);
    /// Records deletions the server confirmed (QUIT answered +OK): no longer on the server.
    [[nodiscard]] bool markDeletedOnServer(qint64 accountId, const QVector<QByteArray> &uids, QString *error);
    /// Records UIDLs another program (`program`, e.g. "thunderbird") already fetched: unknown ones are
    /// added as "known, fetched by program", known ones are left as they are. `added` gets the count.
    [[nodiscard]] bool recordFetchedElsewhere(qint64 accountId, const QVector<QByteArray> &uids, const QString &program,
                                              int *added, QString *error);
    /// Marks messages as looked at (read).
    [[nodiscard]] bool markSeen(qint64 accountId, const QVector<QByteArray> &uids, QString *error);
    /// Marks messages read (`seen`) or unread, wherever they are (on the server, downloaded, in the Trash).
    [[nodiscard]] bool setSeen(qint64 accountId, const QVector<QByteArray> &uids, bool seen, QString *error);

    /// Whether a query returns the (large) TOP header blocks along with the rows.
    enum class Headers { Include, Omit };
    ReadResult<QVector<StoredMessage>> messages(qint64 accountId, Headers headers = Headers::Include) const;
    /// The two lists of an account: its messages, and its Trash.
    enum class ListView { Messages, Trash };
    /// What a message list shows, fast: no header blocks, no To, Message-ID or content type. UIDLs
    /// imported from another program and not downloaded here are left out (there is nothing to show),
    /// and so are messages deleted locally; ListView::Messages leaves out the Trash, ListView::Trash
    /// lists the Trash alone.
    ReadResult<QVector<StoredMessage>> listEntries(qint64 accountId, ListView view = ListView::Messages) const;
    /// The rows of these UIDLs (those that exist, imported ones only once downloaded), for refreshing a view.
    ReadResult<QVector<StoredMessage>> messages(qint64 accountId, const QVector<QByteArray> &uids,
                                                Headers headers = Headers::Include) const;
    /// The From of these messages (those that exist), decoded for display, by UIDL: what learning
    /// senders needs, without reading whole rows.
    ReadResult<QHash<QByteArray, QString>> senders(qint64 accountId, const QVector<QByteArray> &uids) const;
    /// One row; nullopt inside a successful result when the UIDL is unknown.
    ReadResult<std::optional<StoredMessage>> message(qint64 accountId, const QByteArray &uid) const;
    ReadResult<int> count(qint64 accountId) const;
    /// Unread messages of the account's list (Model::MessageListModel::unreadCount counts the same):
    /// not looked at or marked unread, neither in the Trash nor deleted (locally, or marked for
    /// deletion on the server), downloaded or not.
    ReadResult<int> unreadCount(qint64 accountId) const;

    QString profileDir() const { return m_profileDir; }
    /// The database the rows live in (for the search index beside them).
    Database &database() const { return m_database; }
    /// The folder of an account's downloaded messages: <profile>/messages/<account id>. The one
    /// place that knows it (removing an account removes it).
    QString messageDir(qint64 accountId) const;
    /// The same, for a profile not open here.
    static QString messageFolder(const QString &profileDir, qint64 accountId);

private:
    /// One downloaded message as its row records it: the one place where the file (in place and
    /// synced) and the summary of its headers are both known. Whatever else a download feeds
    /// (an index of the text, say) hooks in beside writeDownloadRows, in the same transaction.
    struct DownloadRow {
        const IncomingMessage *message = nullptr;
        QString relativePath; ///< of the file, within the profile
        Mime::HeaderSummary summary;
    };
    /// Inserts rows for messages the listing has and the store does not (inside the caller's
    /// transaction); `newUids` (optional) gets those inserted, in the listing's order.
    [[nodiscard]] bool insertListed(qint64 accountId, const QVector<const ServerMessage *> &messages,
                                    QVector<QByteArray> *newUids, QString *error);
    /// Updates the rows of `rows` (inside the caller's transaction), a few hundred per statement;
    /// `ids` gets each updated row's id by UIDL.
    [[nodiscard]] bool writeDownloadRows(qint64 accountId, const QVector<DownloadRow> &rows,
                                         QHash<QByteArray, qint64> *ids, QString *error);
    ReadResult<QVector<StoredMessage>> select(const QString &where, const QVariantList &values, Headers headers) const;

    Database &m_database;
    QString m_profileDir;
    QSet<qint64> m_createdDirs; ///< accounts whose message folder exists
    bool m_deferredUnsynced = false; ///< a Deferred commit has not reached the disk yet
};

} // namespace Poplar::Store
