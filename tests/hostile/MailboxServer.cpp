#include "MailboxServer.h"

#include <QHostAddress>
#include <QSet>
#include <QTcpSocket>

namespace Poplar::Test {

namespace {

QByteArray dotStuffed(const QByteArray &content)
{
    QByteArray out;
    out.reserve(content.size() + content.size() / 40 + 8);
    qsizetype pos = 0;
    while (pos < content.size()) {
        qsizetype lf = content.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? content.size() : lf + 1;
        if (content.at(pos) == '.')
            out += '.';
        out.append(content.constData() + pos, end - pos);
        pos = end;
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out + ".\r\n";
}

qint64 listed(const MailboxMessage &m)
{
    return m.listedSize >= 0 ? m.listedSize : m.content.size();
}

} // namespace

/// One client: a snapshot of the maildrop taken at login, and the messages marked deleted.
class MailboxServer::Connection : public QObject {
public:
    Connection(MailboxServer *server, QTcpSocket *socket) : QObject(server), m_server(server), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (m_server->commitOnDisconnect)
                expunge();
            deleteLater();
        });
        socket->write("+OK mailbox ready\r\n");
    }

private:
    void onReadyRead()
    {
        m_input += m_socket->readAll();
        qsizetype lf;
        while (m_socket->state() == QAbstractSocket::ConnectedState && (lf = m_input.indexOf('\n')) >= 0) {
            QByteArray line = m_input.left(lf);
            m_input.remove(0, lf + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            m_server->commands << line;
            if (m_server->onCommand)
                m_server->onCommand(line);
            handle(line);
        }
    }

    /// The message `word` names in this session, or nullptr (no such message, or deleted).
    const MailboxMessage *message(const QByteArray &word, int *number = nullptr) const
    {
        bool ok = false;
        const int n = word.toInt(&ok);
        if (!ok || n < 1 || n > m_snapshot.size() || m_deleted.contains(n))
            return nullptr;
        if (number)
            *number = n;
        return &m_snapshot.at(n - 1);
    }

    void handle(const QByteArray &line)
    {
        answer(line);
        if (m_server->closeAfter.contains(line.split(' ').first().toUpper()))
            m_socket->disconnectFromHost();
    }

    void answer(const QByteArray &line)
    {
        if (m_server->overrides.contains(line)) {
            m_socket->write(m_server->overrides.value(line));
            return;
        }
        const QByteArrayList words = line.split(' ');
        const QByteArray verb = words.first().toUpper();
        const QByteArray arg = words.value(1);
        if (m_server->unknownVerbs.contains(verb)) {
            m_socket->write("-ERR unknown command\r\n");
            return;
        }
        if (verb == "CAPA") {
            m_socket->write("+OK\r\n" + m_server->capabilities + ".\r\n");
        } else if (verb == "USER") {
            m_user = arg;
            m_socket->write("+OK\r\n");
        } else if (verb == "PASS") {
            if (m_user == m_server->user && line.mid(5) == m_server->password) {
                m_loggedIn = true;
                m_snapshot = m_server->messages;
                m_socket->write("+OK logged in\r\n");
            } else {
                m_socket->write("-ERR [AUTH] invalid user name or password\r\n");
            }
        } else if (verb == "QUIT") {
            quit();
        } else if (!m_loggedIn) {
            m_socket->write("-ERR log in first\r\n");
        } else if (verb == "STAT") {
            qint64 total = 0;
            int count = 0;
            for (int n = 1; n <= m_snapshot.size(); ++n) {
                if (!m_deleted.contains(n)) {
                    ++count;
                    total += listed(m_snapshot.at(n - 1));
                }
            }
            m_socket->write("+OK " + QByteArray::number(count) + ' ' + QByteArray::number(total) + "\r\n");
        } else if (verb == "LIST" || verb == "UIDL") {
            listing(verb, words.size() > 1 ? &arg : nullptr);
        } else if (verb == "TOP" || verb == "RETR") {
            const MailboxMessage *m = message(arg);
            if (!m) {
                m_socket->write("-ERR no such message\r\n");
                return;
            }
            QByteArray content = m->content;
            if (verb == "TOP") {
                const qsizetype end = content.indexOf("\r\n\r\n");
                int lines = words.value(2).toInt();
                qsizetype cut = end < 0 ? content.size() : end + 4;
                while (lines-- > 0 && cut < content.size()) {
                    const qsizetype lf = content.indexOf('\n', cut);
                    cut = lf < 0 ? content.size() : lf + 1;
                }
                content = content.left(cut);
            }
            m_socket->write("+OK " + QByteArray::number(listed(*m)) + " octets\r\n" + dotStuffed(content));
        } else if (verb == "DELE") {
            int n = 0;
            if (!message(arg, &n)) {
                m_socket->write("-ERR no such message\r\n");
                return;
            }
            m_deleted.insert(n);
            m_socket->write("+OK deleted\r\n");
        } else if (verb == "NOOP") {
            m_socket->write("+OK\r\n");
        } else if (verb == "RSET") {
            m_deleted.clear();
            m_socket->write("+OK\r\n");
        } else {
            m_socket->write("-ERR unknown command\r\n");
        }
    }

    void listing(const QByteArray &verb, const QByteArray *arg)
    {
        const bool uidl = verb == "UIDL";
        auto entry = [&](int n) {
            const MailboxMessage &m = m_snapshot.at(n - 1);
            return QByteArray::number(n) + ' ' + (uidl ? m.uid : QByteArray::number(listed(m)));
        };
        if (arg) {
            int n = 0;
            const MailboxMessage *m = message(*arg, &n);
            if (!m || (uidl && m->uid.isEmpty()))
                m_socket->write("-ERR no such message\r\n");
            else
                m_socket->write("+OK " + entry(n) + "\r\n");
            return;
        }
        const QByteArray &replacement = uidl ? m_server->uidlBody : m_server->listBody;
        QByteArray body = replacement;
        if (replacement.isEmpty()) {
            for (int n = 1; n <= m_snapshot.size(); ++n) {
                if (!m_deleted.contains(n) && !(uidl && m_snapshot.at(n - 1).uid.isEmpty()))
                    body += entry(n) + "\r\n";
            }
        }
        m_socket->write("+OK\r\n" + body + ".\r\n");
    }

    void expunge()
    {
        for (int n : std::as_const(m_deleted)) {
            const QByteArray &content = m_snapshot.at(n - 1).content;
            for (qsizetype i = 0; i < m_server->messages.size(); ++i) {
                if (m_server->messages.at(i).content == content) {
                    m_server->messages.removeAt(i);
                    break;
                }
            }
        }
        m_deleted.clear();
    }

    void quit()
    {
        switch (m_server->quitMode) {
        case QuitMode::Normal:
            expunge();
            m_socket->write("+OK bye\r\n");
            m_socket->disconnectFromHost();
            break;
        case QuitMode::CloseWithoutUpdate:
            m_socket->disconnectFromHost();
            break;
        case QuitMode::UpdateThenClose:
            expunge();
            m_socket->disconnectFromHost();
            break;
        case QuitMode::UpdateThenPartialReply:
            expunge();
            m_socket->write("+OK bye");
            m_socket->disconnectFromHost();
            break;
        }
    }

    MailboxServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_input;
    QByteArray m_user;
    bool m_loggedIn = false;
    QList<MailboxMessage> m_snapshot;
    QSet<int> m_deleted;
};

MailboxServer::MailboxServer(QObject *parent) : QTcpServer(parent) {}

bool MailboxServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool MailboxServer::holds(const QByteArray &content) const
{
    for (const MailboxMessage &m : messages) {
        if (m.content == content)
            return true;
    }
    return false;
}

void MailboxServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new Connection(this, socket);
}

} // namespace Poplar::Test
