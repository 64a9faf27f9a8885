#pragma once

#include "sync/SyncService.h"

#include <QDialog>

class QPlainTextEdit;

namespace Poplar::Ui {

/// The protocol conversation of recent sessions, newest last, as the sync service reports it
/// (passwords, tokens and SASL responses are already redacted there). Keeps a bounded history.
class ServerLogDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MaxLines = 5000;
    explicit ServerLogDialog(QWidget *parent = nullptr);
    /// Adds lines of one account's conversation in one go (one layout pass per batch).
    void append(const QString &account, const QVector<Sync::TraceLine> &lines);
    QString contents() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Poplar::Ui
