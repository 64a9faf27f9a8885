#include "pop3/Capabilities.h"

namespace Poplar::Pop3 {

Capabilities Capabilities::parse(const QByteArray &body)
{
    Capabilities caps;
    caps.m_known = true;
    int lines = 0;
    QByteArray bareNumber; // the line before, when it was only a number
    for (QByteArray line : body.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (++lines > MaxLines)
            break;
        QByteArrayList words = line.simplified().split(' ');
        QByteArray name = words.takeFirst().toUpper();
        // GNU Mailutils' pop3d glues EXPIRE's value to its name ("EXPIRE0", "EXPIRENEVER") and
        // announces LOGIN-DELAY as a bare number on the line before; read them as meant.
        if (name.startsWith("EXPIRE") && name.size() > 6 && words.isEmpty()) {
            const QByteArray value = name.mid(6);
            bool number = false;
            value.toInt(&number);
            if (number || value == "NEVER") {
                words = {value};
                name = "EXPIRE";
                if (!caps.m_entries.contains("LOGIN-DELAY") && !bareNumber.isEmpty())
                    caps.m_entries.insert("LOGIN-DELAY", {bareNumber});
            }
        }
        bareNumber.clear();
        if (words.isEmpty()) {
            bool number = false;
            name.toInt(&number);
            if (number)
                bareNumber = name;
        }
        if (name == "SASL") {
            for (QByteArray &w : words)
                w = w.toUpper();
        }
        caps.m_entries.insert(name, words);
    }
    return caps;
}

QByteArrayList Capabilities::saslMechanisms() const
{
    return arguments("SASL");
}

namespace {
std::optional<int> firstNumber(const QByteArrayList &args)
{
    if (args.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = args.first().toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}
} // namespace

std::optional<int> Capabilities::loginDelaySeconds() const
{
    return firstNumber(arguments("LOGIN-DELAY"));
}

std::optional<int> Capabilities::expireDays() const
{
    const QByteArrayList args = arguments("EXPIRE");
    if (!args.isEmpty() && args.first().toUpper() == "NEVER")
        return -1;
    return firstNumber(args);
}

QByteArray Capabilities::implementation() const
{
    return arguments("IMPLEMENTATION").join(' ');
}

} // namespace Poplar::Pop3
