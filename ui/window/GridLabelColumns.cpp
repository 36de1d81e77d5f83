#include "window/GridLabelColumns.h"

#include <QGridLayout>
#include <QWidget>

namespace ks {

void alignLabelColumns(const QList<QGridLayout *> &grids)
{
    int width = 0;
    for (QGridLayout *grid : grids) {
        grid->setColumnMinimumWidth(0, 0);
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0;
            int column = 0;
            int rowSpan = 0;
            int columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            QLayoutItem *item = grid->itemAt(i);
            // Labels only: notes spanning the whole grid do not count.
            if (column != 0 || columnSpan != 1 || item->isEmpty())
                continue;
            width = qMax(width, item->sizeHint().width());
        }
    }
    for (QGridLayout *grid : grids) {
        grid->setColumnMinimumWidth(0, width);
        grid->setColumnStretch(0, 0);
        grid->setColumnStretch(1, 1); // the fields take the rest
    }
}

} // namespace ks
