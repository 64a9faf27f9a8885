#include "store/Sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace Poplar::Store {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

namespace {

/// The algorithm, looked up once: OpenSSL 3 looks it up again at every init otherwise.
const EVP_MD *sha256Algorithm()
{
    static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> fetched(EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                                         &EVP_MD_free);
    return fetched ? fetched.get() : EVP_sha256();
}

} // namespace

Sha256::Sha256() : m_context(new Context)
{
    EVP_DigestInit_ex(m_context->ctx, sha256Algorithm(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_context->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(int(length));
    return digest;
}

} // namespace Poplar::Store
