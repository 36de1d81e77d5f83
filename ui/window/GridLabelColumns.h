#pragma once
// Lines up the fields of several grid layouts (a dialog's group boxes): the
// label column, column 0, of each grid gets the width of the widest label
// of all of them, so every field starts at the same x. Call again after a
// language change.

#include <QList>

class QGridLayout;

namespace ks {

void alignLabelColumns(const QList<QGridLayout *> &grids);

} // namespace ks
