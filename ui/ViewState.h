#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QHeaderView;
class QSplitter;

namespace Poplar::Ui {

/// Remembers, per profile, how the user arranged the message list: column order and widths,
/// the sort column and order, and the split between the list and the preview (for each of
/// the two orientations). Saved as soon as something changes, restored by restore().
class ViewState : public QObject {
    Q_OBJECT
public:
    /// Watches `header` and `split` (not owned) for the profile in `profileDir`.
    ViewState(const QString &profileDir, QHeaderView *header, QSplitter *split, QObject *parent = nullptr);

    /// Applies what was saved for this profile; keeps the current state where nothing was.
    void restore();
    /// Saves the current state now.
    void save() const;
    /// The settings group of the profile in `profileDir` (its canonical path, hashed).
    static QString settingsGroup(const QString &profileDir);

private:
    QString m_group;
    QPointer<QHeaderView> m_header;
    QPointer<QSplitter> m_split;
    bool m_restoring = false;
};

} // namespace Poplar::Ui
