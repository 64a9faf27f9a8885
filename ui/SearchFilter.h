#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QLineEdit;

namespace Poplar::Store { class MessageStore; }

namespace Poplar::Ui {

class MessageView;

/// The main window's search box: what is typed filters the message list at once by sender and
/// subject, and a moment later by the full-text index (Store::SearchIndex, the usual syntax:
/// words, "phrases", from:, to:, subject:, word*; the word being typed also matches longer ones),
/// the best matches first until the user sorts by a column. Searches again when the list changes
/// (new or downloaded messages). The query runs on the UI's own read connection.
class SearchFilter : public QObject {
    Q_OBJECT
public:
    /// `store` may be null (no profile): then only sender and subject are searched.
    SearchFilter(QLineEdit *box, MessageView *view, Store::MessageStore *store, QObject *parent = nullptr);

    /// How long after the last keystroke the index is asked.
    static constexpr int DelayMs = 150;
    /// The words and phrases of the current search to mark in a shown message.
    QStringList highlightTerms() const { return m_terms; }
    /// Searches now with the box's text (without waiting for DelayMs).
    void searchNow();

signals:
    void highlightTermsChanged(const QStringList &terms);

private:
    void onTextChanged(const QString &text);
    /// Searches again after a change of the list, keeping the order the user chose.
    void scheduleRefresh();
    void run(bool byRelevance);

    QLineEdit *m_box;
    MessageView *m_view;
    Store::MessageStore *m_store;
    QTimer m_typing;
    QTimer m_refresh;
    bool m_byRelevance = false;
    QStringList m_terms;
    QHash<qint64, double> m_found;
};

} // namespace Poplar::Ui
