#pragma once

#include "sync/SyncService.h"

#include <QDialog>

#include <deque>

class QPlainTextEdit;

namespace Poplar::Ui {

/// The protocol conversation of recent sessions, newest last, as the sync service reports it
/// (passwords, tokens and SASL responses are already redacted there). Keeps the newest MaxLines
/// lines; they are formatted and laid out only while the dialog is open, so a download of
/// thousands of messages costs the UI thread next to nothing while it is closed.
class ServerLogDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MaxLines = 5000;
    explicit ServerLogDialog(QWidget *parent = nullptr);
    /// Adds lines of one account's conversation.
    void append(const QString &account, const QVector<Sync::TraceLine> &lines);
    /// The whole kept history as the dialog shows it, one line per protocol line.
    QString contents() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Entry {
        QString account;
        Sync::TraceLine line;
    };
    static QString format(const Entry &entry);
    QString formatRange(size_t first) const;
    /// Asks whether to clear the log (Cancel is the default answer), and clears it on Yes.
    void confirmClear();
    void clear();

    std::deque<Entry> m_entries;
    QPlainTextEdit *m_text;
};

} // namespace Poplar::Ui
