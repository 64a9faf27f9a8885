#include "sync/RetrPreview.h"

namespace Poplar::Sync {

QByteArray previewFromMessage(const QByteArray &start, int bodyLines, qint64 cap, bool complete, bool *cut)
{
    qsizetype end = start.size();
    const qsizetype blank = start.indexOf("\r\n\r\n");
    const qsizetype bareBlank = start.indexOf("\n\n");
    qsizetype body = -1;
    if (blank >= 0 && (bareBlank < 0 || blank < bareBlank))
        body = blank + 4;
    else if (bareBlank >= 0)
        body = bareBlank + 2;
    if (body >= 0) {
        end = body;
        for (int line = 0; line < bodyLines && end < start.size(); ++line) {
            const qsizetype lf = start.indexOf('\n', end);
            end = lf < 0 ? start.size() : lf + 1;
        }
    }
    bool shortened = !complete && end == start.size();
    if (end > cap) {
        end = cap;
        shortened = true;
    }
    if (cut)
        *cut = shortened;
    return start.left(end);
}

} // namespace Poplar::Sync
