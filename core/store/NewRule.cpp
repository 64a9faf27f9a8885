#include "store/NewRule.h"

namespace Poplar::Store {

// The two below are one rule: change them together (tst_new_rule compares them).

bool isNew(const StoredMessage &m, qint64 sizeLimit)
{
    return m.onServer && !m.seen && !m.deleteRequested && !m.isDownloaded() && m.fetchedBy.isEmpty()
           && (sizeLimit <= 0 || m.serverSize <= sizeLimit);
}

QString isNewCondition()
{
    return QStringLiteral("on_server = 1 AND seen = 0 AND delete_requested = 0 AND downloaded_at IS NULL "
                          "AND (fetched_by IS NULL OR fetched_by = '') AND (? <= 0 OR server_size <= ?)");
}

} // namespace Poplar::Store
