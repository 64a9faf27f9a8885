#include "sync/RetentionWarning.h"

#include <QCoreApplication>

namespace Poplar::Sync {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Sync::RetentionWarning)
};
} // namespace

QString retentionWarning(std::optional<int> expireDays, Account::RetentionPolicy policy, int policyDays)
{
    using Account::RetentionPolicy;
    if (!expireDays || *expireDays < 0 || policy == RetentionPolicy::DeleteAfterDownload)
        return {};
    const int days = *expireDays;
    if (policy == RetentionPolicy::DeleteAfterDays && policyDays > 0 && days >= policyDays)
        return {};
    if (days == 0)
        return Text::tr("The server deletes messages as soon as they are retrieved (EXPIRE 0), although this "
                        "account keeps them on the server.");
    return Text::tr("The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account "
                    "keeps them on the server.", nullptr, days);
}

} // namespace Poplar::Sync
