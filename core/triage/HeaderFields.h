#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

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
    /// The first field `name` decoded for reading (RFC 2047), empty when absent.
    QString text(const QByteArray &name) const;
    bool contains(const QByteArray &name) const;
    /// The body lines after the header block (the preview's text, still encoded as sent).
    QByteArray body() const { return m_body; }

private:
    struct Field {
        QByteArray lowerName;
        QByteArray value;
    };
    QVector<Field> m_fields;
    QByteArray m_body;
};

} // namespace Poplar::Triage
