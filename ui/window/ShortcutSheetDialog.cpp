#include "window/ShortcutSheetDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QRegularExpression>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ks {

namespace {
// "Set API &Key…" -> "Set API Key"; "退出(&Q)" -> "退出" (the Chinese
// translations put the mnemonic in brackets after the text).
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&[^&]\\)")));
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty())
            out << k.toString(QKeySequence::NativeText);
    }
    out.removeDuplicates();
    return out.join(QStringLiteral(", "));
}
} // namespace

const QList<ShortcutSheetDialog::StaticKey> &ShortcutSheetDialog::playerKeys()
{
    static const QList<StaticKey> keys = {
        // As ui/PlayerKeys answers them.
        {"Space, K",
         QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog", "Play or pause (or click the video)")},
        {"F",
         QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog",
                           "Full screen on or off (or double-click the video)")},
        {"Esc", QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog", "Leave full screen")},
        {"J", QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog", "5 seconds back")},
        {"L", QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog", "5 seconds forward")},
        {",", QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog", "One frame back (pauses)")},
        {".", QT_TRANSLATE_NOOP("ks::ShortcutSheetDialog", "One frame forward (pauses)")},
    };
    return keys;
}

ShortcutSheetDialog::ShortcutSheetDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheetDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill(window);
    resize(520, 480);
}

void ShortcutSheetDialog::fill(QWidget *window)
{
    const auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
    };
    const auto row = [this](const QString &what, const QString &keys) {
        auto *item = new QTreeWidgetItem(m_tree, {what, keys});
        item->setData(1, Qt::UserRole, keys);
    };

    section(tr("Window"));
    // One line per thing done, its keys together (Ctrl+Return, Ctrl+Enter).
    QList<QPair<QString, QList<QKeySequence>>> lines;
    const auto add = [&lines](const QString &what, const QList<QKeySequence> &keys) {
        if (what.isEmpty() || keysText(keys).isEmpty())
            return;
        for (auto &line : lines) {
            if (line.first == what) {
                line.second += keys;
                return;
            }
        }
        lines.append({what, keys});
    };
    if (window) {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (!action->isSeparator())
                add(plainText(action->text()), action->shortcuts());
        }
        for (QShortcut *shortcut : window->findChildren<QShortcut *>())
            add(shortcut->whatsThis(), {shortcut->key()});
    }
    for (const auto &line : std::as_const(lines))
        row(line.first, keysText(line.second));

    section(tr("Player (when the video has the focus)"));
    for (const StaticKey &key : playerKeys())
        row(tr(key.what),
            QKeySequence(QString::fromLatin1(key.keys)).toString(QKeySequence::NativeText));
}

} // namespace ks
