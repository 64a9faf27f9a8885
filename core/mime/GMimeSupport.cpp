#include "mime/GMimeSupport.h"

#include <mutex>

namespace Poplar::Mime::Internal {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString addressList(InternetAddressList *list)
{
    if (!list || internet_address_list_length(list) == 0)
        return {};
    char *text = internet_address_list_to_string(list, nullptr, FALSE);
    const QString result = QString::fromUtf8(text).simplified();
    g_free(text);
    return result;
}

} // namespace Poplar::Mime::Internal
