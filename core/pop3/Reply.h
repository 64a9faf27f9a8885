#pragma once

#include "pop3/ResponseParser.h"

#include <QByteArray>
#include <QMetaType>

namespace Poplar::Pop3 {

/// The transaction-state commands a caller can send.
enum class CommandKind { Stat, List, Uidl, Top, Retr, Dele, Noop, Rset, Last, Quit };

/// Identifies one command sent through a Session; replies carry it back.
using CommandId = quint64;

/// The server's answer to one command.
struct Reply {
    CommandId id = 0;
    CommandKind kind = CommandKind::Noop;
    /// The message number the command named, 0 if none.
    int message = 0;
    bool ok = false;
    StatusLine status;
    /// The dot-unstuffed body of a multi-line reply (not for RETR, which streams it).
    QByteArray body;
    /// True when a TOP body exceeded the settings' limit and the rest was dropped.
    bool truncated = false;
};

} // namespace Poplar::Pop3

Q_DECLARE_METATYPE(Poplar::Pop3::Reply)
