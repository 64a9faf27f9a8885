#pragma once

#include "triage/HeaderFields.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace Poplar::Triage {

/// One reason to think a message is spam (or, with a negative score, that it is not).
struct Hint {
    QString code;   ///< stable name, e.g. "provider-verdict", for tests and the rules file
    int score = 0;  ///< how much it weighs; the sum decides
    QString reason; ///< one translated sentence the user can read
};

/// A score at or above this is judged spam.
constexpr int SpamThreshold = 5;

/// The hints of one message and their sum.
struct SpamAssessment {
    QVector<Hint> hints;
    int score() const;
    bool isSpam() const { return score() >= SpamThreshold; }
    /// The reasons, one per line, for a tooltip or the preview.
    QString reasons() const;
};

// Each hint looks at the headers alone; none downloads anything. An empty result means no hint.

/// The provider's own verdict: X-Spam-Flag: YES, X-Spam-Status: Yes, Rspamd's X-Rspamd-Action
/// (reject, add header, rewrite subject) or X-Spamd-Result "True", X-Spam: yes.
QVector<Hint> providerVerdict(const HeaderFields &headers);
/// RFC 8601 Authentication-Results (dmarc, spf, dkim) and Received-SPF failing for the From domain.
QVector<Hint> authenticationFailures(const HeaderFields &headers);
/// A Reply-To in another organisation's domain than From: answers go elsewhere.
QVector<Hint> replyToElsewhere(const HeaderFields &headers);
/// A display name that is itself an address, different from the real one ("paypal@paypal.com" <x@y.ru>).
QVector<Hint> displayNameAddress(const HeaderFields &headers);
/// A Message-ID whose domain belongs to no organisation of the sender.
QVector<Hint> messageIdElsewhere(const HeaderFields &headers);
/// A Date more than two days ahead of `now`, more than five years behind it, or none at all.
QVector<Hint> implausibleDate(const HeaderFields &headers, const QDateTime &now);

/// Every hint above, in that order.
SpamAssessment assessHeaders(const HeaderFields &headers, const QDateTime &now);

} // namespace Poplar::Triage
