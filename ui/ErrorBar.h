#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Poplar::Ui {

/// A non-modal bar above the message list for one error: the message, the server's own
/// words, a Retry button and a close button. Nothing blocks while it shows.
class ErrorBar : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBar(QWidget *parent = nullptr);
    /// Shows `message`; `serverText` (may be empty) is quoted after it. `retry` shows Retry.
    void showError(const QString &message, const QString &serverText, bool retry);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace Poplar::Ui
