#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QIODevice>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Poplar::Store {

/// A file name for an exported message, made from its subject: no path separators, control
/// characters, leading dots or reserved device names; at most 120 characters with ".eml";
/// unique among `taken` (compared case-insensitively), which it extends.
QString exportFileName(const QString &subject, QSet<QString> &taken);

/// Writes messages to an mbox in mboxrd form as they stream in, chunk by chunk, holding at most
/// about 64 KiB whatever the size of a message or of a line: a "From " line, every line matching
/// ^>*From  quoted with one more '>' (also when split across chunks), LF line ends, and a blank
/// line after each message.
class MboxrdWriter {
public:
    explicit MboxrdWriter(QIODevice &out) : m_out(out) {}
    /// Starts a message: its "From " line with `sender` (MAILER-DAEMON when empty) and `date`.
    [[nodiscard]] bool begin(const QByteArray &sender, const QDateTime &date);
    /// The next bytes of the message, exactly as stored.
    [[nodiscard]] bool write(QByteArrayView chunk);
    /// Ends the message (last line end, blank line) and writes out what is buffered.
    [[nodiscard]] bool end();
    /// Forgets a message begun but not ended (what reached the device stays there).
    void discard();

private:
    void emitBytes(QByteArrayView bytes);
    void emitRepeated(char c, qint64 count);
    void flushPrefix();
    bool flush(bool force);

    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_inPrefix = true;   ///< at a line start, reading ">*From "
    qint64 m_quotes = 0;      ///< '>' seen in that prefix
    int m_fromMatched = 0;    ///< bytes of "From " seen after them
    bool m_pendingCr = false; ///< a CR whose fate (dropped before LF) the next byte decides
    bool m_lineHasBytes = false;
};

/// Appends one message to an mbox in mboxrd form (MboxrdWriter on the whole message).
[[nodiscard]] bool appendMboxrd(QIODevice &mbox, const QByteArray &message, const QByteArray &sender,
                                const QDateTime &date);

struct StoredMessage;

/// Copies the downloaded messages among `messages` into `folder` as .eml files (bytes exactly
/// as received, streamed in fixed-size pieces), named by exportFileName() and never overwriting
/// existing files. Each file is checked against the size and SHA-256 recorded at download: a
/// missing or damaged one is left out, added to `damaged` (optional, its fileState set) and the
/// export goes on. Returns the paths written; when the destination fails, stops and sets `error`.
QStringList exportToFolder(const QVector<StoredMessage> &messages, const QString &folder, QString *error,
                           QVector<StoredMessage> *damaged = nullptr);

/// Writes the downloaded messages among `messages` to one mboxrd file, replacing it atomically;
/// streamed and checked like exportToFolder(), damaged ones left out and added to `damaged`.
/// `exported` (optional) gets how many went in. False with `error` when the destination fails.
[[nodiscard]] bool exportToMbox(const QVector<StoredMessage> &messages, const QString &path, QString *error,
                                QVector<StoredMessage> *damaged = nullptr, int *exported = nullptr);

} // namespace Poplar::Store
