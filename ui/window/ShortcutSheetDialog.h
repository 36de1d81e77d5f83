#pragma once
// Help → Keyboard Shortcuts: every shortcut of the window, read from its
// QActions and described QShortcuts when the sheet opens (so it cannot drift
// from what the keys do), then the player's keys from a static list.

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace ks {

class ShortcutSheetDialog final : public QDialog
{
    Q_OBJECT
public:
    // A QAction is listed by its text; a QShortcut when its whatsThis says
    // what it does (translated when it is made).
    // Keys the player handles itself (no QAction): add a line to extend.
    struct StaticKey
    {
        const char *keys; // QKeySequence portable text, e.g. "Space"
        const char *what; // source text, context "ks::ShortcutSheetDialog"
    };
    static const QList<StaticKey> &playerKeys();

    explicit ShortcutSheetDialog(QWidget *window, QWidget *parent = nullptr);

private:
    void fill(QWidget *window);
    QTreeWidget *m_tree = nullptr;
};

} // namespace ks
