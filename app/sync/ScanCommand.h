#pragma once

#include "pop3/Error.h"
#include "pop3/Listing.h"
#include "pop3/Reply.h"
#include "pop3/ErrorCatalogue.h"
#include "pop3/SessionSettings.h"

#include <QHash>
#include <QObject>
#include <QTextStream>

namespace Poplar::Pop3 { class Session; }

namespace Poplar::Cli {

/// `poplar-sync scan`: lists what is on the server (number, UIDL, size, sender, subject, from
/// TOP n 0) without storing or changing anything.
class ScanCommand : public QObject {
    Q_OBJECT
public:
    explicit ScanCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    void start(const Pop3::SessionSettings &settings, const QByteArray &secret);

signals:
    void finished(int exitCode);

private:
    void onReady();
    void onReply(const Pop3::Reply &reply);
    void onFailed(const Pop3::Error &error);
    void printAndQuit();

    QTextStream &m_out;
    QTextStream &m_err;
    Pop3::Session *m_session = nullptr;
    Pop3::CommandId m_uidlId = 0;
    Pop3::CommandId m_listId = 0;
    QVector<Pop3::ScanEntry> m_sizes;
    QHash<int, QByteArray> m_uids;
    QHash<int, QByteArray> m_headers;
    int m_topsPending = 0;
    bool m_done = false;
    Pop3::ErrorContext m_context; ///< the server being scanned, for the advice on failure
};

} // namespace Poplar::Cli
