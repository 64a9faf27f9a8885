#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace Poplar::Triage {

/// The header fields of one preview (a TOP reply), parsed once in a single pass so that rules and
/// hints look fields up without scanning the block again. Names compare case-insensitively.
class HeaderFields {
public:
    HeaderFields() = default;
    /// Parses the header block at the start of `preview` (up to the first empty line); folded
    /// lines are unfolded, values are kept raw (not decoded). At most MaxFields fields are kept.
    explicit HeaderFields(const QByteArray &preview);

    /// Fields kept from one block; a block with more is judged on its first ones.
    static constexpr int MaxFields = 512;

    /// The raw value of the first field `name`; empty when absent.
    QByteArray raw(const QByteArray &name) const;
    /// Every raw value of the fields named `name`, in order.
    QVector<QByteArray> all(const QByteArray &name) const;
    /// The first field `name` decoded for reading (RFC 2047), empty when absent. Decoded once.
    QString text(const QByteArray &name) const;
    /// Every field `name` decoded, one per line. Decoded once.
    QString allText(const QByteArray &name) const;
    /// The address of the first From mailbox, lower case (parsed once); empty when none.
    QString fromAddress() const;
    bool contains(const QByteArray &name) const;
    /// The body lines after the header block (the preview's text, still encoded as sent).
    QByteArray body() const { return m_body; }

private:
    /// Positions in m_preview; a folded value is unfolded into `unfolded` once.
    struct Field {
        qsizetype nameStart = 0;
        qsizetype nameLength = 0;
        qsizetype valueStart = 0;
        qsizetype valueLength = 0;
        QByteArray unfolded;
    };
    bool isNamed(const Field &f, const QByteArray &name) const;
    QByteArray valueOf(const Field &f) const;
    QByteArray m_preview; ///< shared with the caller's copy, never copied
    QVector<Field> m_fields;
    QByteArray m_body;
    mutable QVector<QPair<QByteArray, QString>> m_decoded; ///< text() of names asked for before
    mutable QVector<QPair<QByteArray, QString>> m_decodedAll; ///< allText() likewise
    mutable std::optional<QString> m_fromAddress;
};

} // namespace Poplar::Triage
