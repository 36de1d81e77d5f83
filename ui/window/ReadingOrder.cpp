#include "window/ReadingOrder.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QVariant>
#include <QWidget>

#include <algorithm>

namespace ks {

const char *const ReadingOrder::readFirstProperty = "ksReadFirst";

namespace {
const char *const readAfterProperty = "ksReadAfter";
} // namespace

namespace {

struct Walker
{
    QList<QWidget *> order;
    QSet<QWidget *> seen;

    static bool takesTab(const QWidget *w)
    {
        return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
    }

    // Controls whose own children are parts (a combo box's line edit, a list's
    // viewport and scroll bars), not further stops.
    static bool hasParts(const QWidget *w)
    {
        if (qobject_cast<const QScrollArea *>(w))
            return false; // a container that happens to take focus
        return qobject_cast<const QAbstractScrollArea *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QAbstractSpinBox *>(w);
    }

    static bool readFirst(const QWidget *w)
    {
        return w && w->property(ReadingOrder::readFirstProperty).toBool();
    }

    void visit(QWidget *w)
    {
        if (!w || w->isWindow() || seen.contains(w))
            return;
        seen.insert(w);
        if (takesTab(w) && !qobject_cast<QScrollArea *>(w))
            order.append(w);
        if (!hasParts(w))
            visitChildren(w);
    }

    void visitChildren(QWidget *w)
    {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            visit(scroll->widget());
        } else if (auto *splitter = qobject_cast<QSplitter *>(w)) {
            QList<QWidget *> parts;
            for (int i = 0; i < splitter->count(); ++i)
                parts.append(splitter->widget(i));
            visitAll(parts);
        } else if (w->layout()) {
            visitLayout(w->layout());
        }
        // Children outside any layout, in creation order.
        QList<QWidget *> rest;
        for (QObject *child : w->children()) {
            auto *cw = qobject_cast<QWidget *>(child);
            if (cw && !cw->isWindow())
                rest.append(cw);
        }
        visitAll(rest);
    }

    void visitAll(const QList<QWidget *> &widgets)
    {
        QList<QWidget *> sorted = widgets;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](QWidget *a, QWidget *b) { return readFirst(a) && !readFirst(b); });
        for (QWidget *w : sorted)
            visit(w);
    }

    // A layout's items in reading order: grids and forms row by row.
    void visitLayout(QLayout *layout)
    {
        struct Item
        {
            int row, column, index;
            QLayoutItem *item;
        };
        QList<Item> items;
        auto *grid = qobject_cast<QGridLayout *>(layout);
        auto *form = qobject_cast<QFormLayout *>(layout);
        for (int i = 0; i < layout->count(); ++i) {
            int row = 0, column = i;
            if (grid) {
                int rowSpan = 0, columnSpan = 0;
                grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            } else if (form) {
                QFormLayout::ItemRole role = QFormLayout::LabelRole;
                form->getItemPosition(i, &row, &role);
                column = int(role);
            }
            items.append({row, column, i, layout->itemAt(i)});
        }
        if (grid || form)
            std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
                return a.row != b.row ? a.row < b.row : a.column < b.column;
            });
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            return readFirst(a.item->widget()) && !readFirst(b.item->widget());
        });
        for (const Item &entry : items) {
            if (QWidget *w = entry.item->widget())
                visit(w);
            else if (QLayout *inner = entry.item->layout())
                visitLayout(inner);
        }
    }
};

} // namespace

QList<QWidget *> ReadingOrder::widgets(QWidget *root)
{
    Walker walker;
    walker.seen.insert(root);
    walker.visitChildren(root);
    QList<QWidget *> order = walker.order;
    for (QWidget *w : walker.order) {
        auto *anchor = qobject_cast<QWidget *>(w->property(readAfterProperty).value<QObject *>());
        if (!anchor || anchor == w || !order.contains(anchor))
            continue;
        order.removeOne(w);
        order.insert(order.indexOf(anchor) + 1, w);
    }
    return order;
}

void ReadingOrder::placeAfter(QWidget *widget, QWidget *anchor)
{
    widget->setProperty(readAfterProperty, QVariant::fromValue<QObject *>(anchor));
}

void ReadingOrder::apply(QWidget *root)
{
    const QList<QWidget *> order = widgets(root);
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace ks
