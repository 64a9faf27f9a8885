#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Poplar::Store {

/// SHA-256 computed piece by piece with OpenSSL, which uses the CPU's SHA extensions: about ten
/// times faster than QCryptographicHash's portable code in Qt 6.4, which matters for the digest
/// of every downloaded byte. Not copyable.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    /// The 32-byte digest of everything added; call once, at the end.
    QByteArray result();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Poplar::Store
