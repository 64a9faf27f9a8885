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
    /// Shows `message`; `serverText` (may be empty) is quoted after it. `retry` shows Retry;
    /// a non-empty `actionText` shows a button of that name that emits actionRequested.
    void showError(const QString &message, const QString &serverText, bool retry, const QString &actionText = {});
    QString text() const;

signals:
    void retryRequested();
    void actionRequested();
    /// The user closed the bar with its close button.
    void dismissed();

private:
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_action;
};

} // namespace Poplar::Ui
