#include "window/FourKPriceQuestion.h"

#include "core/CostEstimator.h"
#include "core/MoneyText.h"

#include <QLocale>
#include <QMessageBox>

namespace ks {

bool FourKPriceQuestion::needsAsking(const GenerationRequest &request) const
{
    return !m_accepted && request.quality == Quality::P4K
        && ModeInfo::qualities(request.mode).contains(Quality::P4K);
}

QString FourKPriceQuestion::question(const GenerationRequest &request,
                                     const CostEstimator &estimator, int takes)
{
    const Estimate e = estimator.estimate(request);
    // "5×": 4k's multiplier (with the request's sound) over silent 720p's.
    const std::optional<bool> sound =
        ModeInfo::hasSound(request.mode) ? std::optional<bool>(request.sound) : std::nullopt;
    const auto fourK = estimator.table().multiplier(request.mode, Quality::P4K, sound);
    const auto base = estimator.table().multiplier(
        request.mode, Quality::P720, sound ? std::optional<bool>(false) : std::nullopt);
    const QString ratio = fourK && base && *base > 0 ? QLocale().toString(*fourK / *base, 'g', 4)
                                                     : QStringLiteral("?");
    QString text = tr("4k costs %1× 720p: %2 credits for %3 s")
                       .arg(ratio, MoneyText::creditsUc(e.totalUc))
                       .arg(e.billedSeconds);
    if (takes > 1)
        text += u'\n'
            + tr("%n takes: %1 credits in all", nullptr, takes)
                  .arg(MoneyText::creditsUc(e.totalUc * takes));
    return text;
}

void FourKPriceQuestion::ask(const GenerationRequest &request, QWidget *parent,
                             std::function<void()> onYes, int takes)
{
    if (m_box) {
        m_box->raise();
        return;
    }
    const CostEstimator estimator;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Generate in 4k?"),
                                question(request, estimator, takes),
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("fourKPriceDialog"));
    box->setInformativeText(
        tr("The 4k price follows EvoLink's published pricing rules; its product page shows no "
           "4k price yet. Yes sends the job and 4k is not asked about again until Kling Studio "
           "restarts; No sends nothing, and you can choose 720p or 1080p."));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [this, box, onYes = std::move(onYes)] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        m_accepted = true;
        if (onYes)
            onYes();
    });
    m_box = box;
    box->open();
}

} // namespace ks
