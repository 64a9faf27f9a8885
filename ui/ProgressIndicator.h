#pragma once

#include <QWidget>

namespace Poplar::Ui {

/// A progress bar for the status bar that repaints only through the event loop. QProgressBar
/// repaints synchronously on every value change, which stalls the UI thread during a sync
/// reporting several times a second.
class ProgressIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ProgressIndicator(QWidget *parent = nullptr);
    void setProgress(int value, int maximum);
    int value() const { return m_value; }
    int maximum() const { return m_maximum; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_value = 0;
    int m_maximum = 1;
};

} // namespace Poplar::Ui
