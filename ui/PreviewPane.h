#pragma once

#include "SafeTextBrowser.h"
#include "mime/MessagePreview.h"

#include <QSet>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Poplar::Ui {

/// Shows one message: decoded headers, then the first lines (still on the server) or the
/// whole message (downloaded), as text or as HTML with remote content blocked, and its
/// attachments with Save.
class PreviewPane : public QWidget {
    Q_OBJECT
public:
    /// Largest message read and decoded whole; a bigger one shows its beginning.
    static constexpr qint64 MaxMessageBytes = 32 * 1024 * 1024;

    explicit PreviewPane(QWidget *parent = nullptr);

    /// Shows a decoded message; `raw` is kept for saving attachments; `complete` is false when
    /// only the TOP headers and first lines are known; `cut` says that `raw` is only the
    /// beginning of what there is (a preview over the store's cap, a message over
    /// MaxMessageBytes), which the pane then says.
    void showMessage(const Mime::MessagePreview &preview, const QByteArray &raw, bool complete, bool cut = false);
    void showPlaceholder(const QString &text);
    QString renderedText() const;
    /// The notices shown above the message (still on the server, cut, content blocked), or empty.
    QString noticeText() const;
    const SafeTextBrowser *browser() const { return m_body; }
    /// Marks these words and phrases of a search in the message shown, and in those shown after it.
    void setHighlightTerms(const QStringList &terms);
    /// How many places of the message shown are marked.
    int highlightCount() const;
    /// The message shown (empty after showPlaceholder()), and whether it is whole.
    const Mime::MessagePreview &message() const { return m_preview; }
    bool isComplete() const { return m_complete; }

signals:
    /// The user asked for the whole message of a preview that shows only the first lines.
    void downloadRequested();

private:
    void saveAttachment();
    /// Shows m_preview's body (embedded messages in m_folded folded) and the notices above it.
    void renderBody();

    QLabel *m_headers;
    QLabel *m_notice;
    SafeTextBrowser *m_body;
    QListWidget *m_attachments;
    QPushButton *m_save;
    QByteArray m_raw;
    Mime::MessagePreview m_preview;
    bool m_complete = false;
    bool m_cut = false;
    QSet<int> m_folded;
    QStringList m_highlightTerms;
};

} // namespace Poplar::Ui
