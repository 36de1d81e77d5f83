#pragma once
// Tab order that follows reading order. Qt chains widgets in the order they
// were created, so controls a form adds in code (Insert reference, Advanced,
// shot rows) land after Generate and a banner built early can end up last.
// ReadingOrder walks the layouts instead -- box layouts in their order, grid
// and form layouts row by row -- so the chain matches what the eye reads in
// every mode (hidden widgets keep their place and Tab skips them).

#include <QList>

class QWidget;

namespace ks {

class ReadingOrder
{
public:
    // A child marked with this property (true) is read before its siblings
    // in the same layout (e.g. a list before the toolbar that acts on it).
    static const char *const readFirstProperty;

    // Tab reaches `widget` right after `anchor` wherever the layouts put it
    // (e.g. a button in a text box's header row, used after typing).
    static void placeAfter(QWidget *widget, QWidget *anchor);

    // The widgets under `root` that Tab can reach, in reading order.
    static QList<QWidget *> widgets(QWidget *root);
    // Chains those widgets with QWidget::setTabOrder.
    static void apply(QWidget *root);
};

} // namespace ks
