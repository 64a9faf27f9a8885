#pragma once

#include "triage/TriageStore.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Poplar::Store { class Profile; }

namespace Poplar::Ui {

class TriageUi;

/// "Deleted on Server": every message deleted on the server (by hand, by a rule, by the
/// account's policy) within the kept time, newest first, searchable; the headers and preview
/// lines of the selected one; and its sender can be added to friends.
class DeletedDialog : public QDialog {
    Q_OBJECT
public:
    DeletedDialog(Store::Profile &profile, TriageUi &triage, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }
    QPlainTextEdit *details() const { return m_details; }

public slots:
    /// Reads the record again with the current search.
    void reload();
    /// Adds the selected message's sender to friends.
    void addSenderToFriends();

private:
    void showSelected();

    Store::Profile &m_profile;
    TriageUi &m_triage;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QPlainTextEdit *m_details;
    QPushButton *m_addFriend;
    QVector<Triage::DeletedMessage> m_shown;
};

} // namespace Poplar::Ui
