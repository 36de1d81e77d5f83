#include "window/PriceTableDialog.h"

#include "core/CostEstimator.h"
#include "core/Mode.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ks {

namespace {
QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}
} // namespace

PriceTableDialog::PriceTableDialog(double creditsPerUsd, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("priceTableDialog"));
    setWindowTitle(tr("Prices"));
    if (!(creditsPerUsd > 0))
        creditsPerUsd = 72;
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("What EvoLink charges for Kling O3, per second of video (the same figures as the "
           "estimate under Generate). Dollars at %1 credits per US dollar (Preferences).")
            .arg(QLocale().toString(creditsPerUsd, 'g', 6)),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *table = new QTableWidget(0, 6, this);
    table->setObjectName(QStringLiteral("priceTable"));
    table->setHorizontalHeaderLabels({tr("Mode"), tr("Quality"), tr("Sound"),
                                      tr("Credits per second"), tr("USD per second"),
                                      tr("Minimum charge")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    const CostEstimator estimator;
    QStringList rulesOnly; // qualities priced by the pricing rules only (4k)
    const auto addRow = [table](const QStringList &cells, const QVariantList &exact) {
        const int r = table->rowCount();
        table->insertRow(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= CreditsColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                // Two decimals shown, the exact figure in the tooltip.
                const QVariant value = exact.value(c - CreditsColumn);
                item->setData(Qt::UserRole, value);
                item->setToolTip(QLocale().toString(value.toDouble(), 'g', 10));
            }
            table->setItem(r, c, item);
        }
    };
    for (Mode mode : {Mode::TextToVideo, Mode::ImageToVideo, Mode::ReferenceToVideo,
                      Mode::VideoEdit, Mode::CustomElement}) {
        GenerationRequest request;
        request.mode = mode;
        request.durationSeconds = 10;
        const auto rule = estimator.table().rule(mode);
        if (!rule)
            continue;
        if (rule->perCall) {
            const Estimate e = estimator.estimate(request);
            if (!e.valid)
                continue;
            addRow({ModeInfo::displayName(mode), tr("—"), tr("—"),
                    tr("%1 per call").arg(CostEstimator::formatCredits(e.totalUc)),
                    tr("%1 per call").arg(QStringLiteral("$") + money(e.usd(creditsPerUsd))),
                    tr("—")},
                   {double(e.totalUc) / 10000.0, e.usd(creditsPerUsd), 0.0});
            continue;
        }
        const QList<std::optional<bool>> sounds = ModeInfo::hasSound(mode)
            ? QList<std::optional<bool>> {false, true}
            : QList<std::optional<bool>> {std::nullopt};
        for (Quality quality : ModeInfo::qualities(mode)) {
            for (const std::optional<bool> &sound : sounds) {
                request.quality = quality;
                request.sound = sound.value_or(false);
                const Estimate e = estimator.estimate(request);
                if (!e.valid)
                    continue; // no price: e.g. 4K for reference-to-video
                const double credits = double(e.ratePerSecondUc) / 10000.0;
                const QString soundText =
                    !sound ? tr("—") : (*sound ? tr("On", "sound") : tr("Off", "sound"));
                addRow({ModeInfo::displayName(mode), qualityName(quality), soundText,
                        CostEstimator::formatCredits(e.ratePerSecondUc),
                        QStringLiteral("$") + money(credits / creditsPerUsd),
                        tr("%1 credits").arg(CostEstimator::formatCredits(rule->minimumChargeUc))},
                       {credits, credits / creditsPerUsd, double(rule->minimumChargeUc) / 10000.0});
                if (e.fromPricingRulesOnly && !rulesOnly.contains(qualityName(quality)))
                    rulesOnly.append(qualityName(quality));
            }
        }
    }
    layout->addWidget(table);
    if (!rulesOnly.isEmpty()) {
        // API.md §10.1 #5: say where a price without a product-page figure comes from.
        auto *rulesNote = new QLabel(tr("%1: priced per EvoLink's published pricing rules; "
                                        "EvoLink's product page shows no price for it yet.")
                                         .arg(rulesOnly.join(QStringLiteral(", "))),
                                     this);
        rulesNote->setObjectName(QStringLiteral("rulesOnlyNote"));
        rulesNote->setWordWrap(true);
        layout->addWidget(rulesNote);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

} // namespace ks
