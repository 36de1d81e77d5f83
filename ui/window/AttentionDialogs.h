#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ks {

struct ApiError;

// The errors a creator must act on before anything else works, each shown
// once in a window-modal box over the main window: a refused key (with a
// way to Preferences), a balance too low, file storage full, a journal that
// cannot be written. Every other error stays on its job's history row.
class AttentionDialogs : public QObject
{
    Q_OBJECT

public:
    explicit AttentionDialogs(QWidget *window);

    // Shows the box this error needs, if any.
    void show(const ApiError &error);
    // Several jobs (and the balance query) can be refused at once: one box.
    // Not while Preferences is open, where the key is edited.
    void askForKey(const QString &detail);
    // The open Preferences dialog; the key box waits while it lives.
    void setPreferences(QWidget *dialog) { m_preferences = dialog; }

signals:
    void preferencesWanted(bool focusKey);
    void balanceMayHaveChanged(); // after "balance too low"

private:
    QWidget *m_window;
    QPointer<QWidget> m_open; // the key or balance box on screen
    QPointer<QWidget> m_preferences;
};

} // namespace ks
