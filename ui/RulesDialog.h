#pragma once

#include "triage/Rule.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;
class QVBoxLayout;

namespace Poplar::Store { class Profile; }
namespace Poplar::Triage { class TriageStore; }

namespace Poplar::Ui {

class TriageUi;

/// Edits one rule: name, account, all/any, conditions, action.
class RuleEditDialog : public QDialog {
    Q_OBJECT
public:
    /// `accounts`: the names offered besides "every account".
    RuleEditDialog(const Triage::Rule &rule, const QStringList &accounts, QWidget *parent = nullptr);
    /// The rule as edited (id and counters as given).
    Triage::Rule rule() const;
    /// Adds an empty condition row (the dialog starts with one when the rule has none).
    void addCondition(const Triage::Condition &condition = {});
    int conditionCount() const { return int(m_rows.size()); }

    void accept() override;

private:
    struct Row {
        QWidget *widget;
        QCheckBox *negate;
        QComboBox *field;
        QComboBox *op;
        QLineEdit *value;
    };
    Triage::Rule m_rule;
    QLineEdit *m_name;
    QComboBox *m_account;
    QComboBox *m_match;
    QVBoxLayout *m_conditions;
    QVector<Row> m_rows;
    QComboBox *m_action;
    QCheckBox *m_withoutReview;
    QCheckBox *m_enabled;
    QLabel *m_error;
};

/// The rules in order with their counters: add, edit, remove, reorder, import and export; and
/// the triage settings (friends learnt from downloads, how long the deletion record is kept).
class RulesDialog : public QDialog {
    Q_OBJECT
public:
    RulesDialog(Store::Profile &profile, TriageUi &triage, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    const QVector<Triage::Rule> &rules() const { return m_rulesShown; }

public slots:
    /// Reads the rules and settings again.
    void reload();
    /// Opens the editor for a new rule (or the selected one); saved when accepted.
    void addRule();
    void editRule();
    void removeRule();
    /// Moves the selected rule up (-1) or down (+1).
    void moveRule(int delta);

private:
    /// Runs `change` with the triage store in the sync thread, then reloads.
    void write(std::function<bool(Triage::TriageStore &, QString *)> change);
    QStringList accountNames() const;
    void openEditor(const Triage::Rule &rule);

    Store::Profile &m_profile;
    TriageUi &m_triage;
    QTreeWidget *m_list;
    QCheckBox *m_learnFriends;
    QSpinBox *m_keepDays;
    QLabel *m_classifier;
    QVector<Triage::Rule> m_rulesShown;
    bool m_loading = false;
};

} // namespace Poplar::Ui
