#pragma once
// Help → Prices: what each mode costs per second (or per call) for each
// quality and sound choice, in credits and US dollars. The figures are the
// estimate's own (CostEstimator over the built-in PriceTable), so the table
// and the estimate under Generate cannot disagree.

#include <QDialog>

namespace ks {

class PriceTableDialog final : public QDialog
{
    Q_OBJECT
public:
    // Columns of the table (objectName "priceTable").
    enum Column { ModeColumn, QualityColumn, SoundColumn, CreditsColumn, UsdColumn, MinimumColumn };

    PriceTableDialog(double creditsPerUsd, QWidget *parent = nullptr);
};

} // namespace ks
