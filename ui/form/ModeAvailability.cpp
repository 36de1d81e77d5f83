#include "form/ModeAvailability.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace ks {

QString ModeAvailability::reason(Mode mode)
{
    return tr("This key has no access to %1: enable the model in the EvoLink console, then "
              "choose this mode again.")
        .arg(ModeInfo::modelName(mode));
}

void ModeAvailability::apply(QComboBox *combo, const QList<Mode> &unavailable)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    if (!model)
        return;
    for (int i = 0; i < combo->count(); ++i) {
        QStandardItem *item = model->item(i);
        if (!item)
            continue;
        const Mode mode = Mode(combo->itemData(i).toInt());
        const bool open = !unavailable.contains(mode);
        item->setEnabled(open);
        item->setToolTip(open ? QString() : reason(mode));
        if (!open)
            item->setText(tr("%1 (no access)").arg(ModeInfo::displayName(mode)));
    }
}

} // namespace ks
