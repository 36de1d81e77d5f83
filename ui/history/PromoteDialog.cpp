#include "history/PromoteDialog.h"

#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "core/PromptExcerpt.h"

#include <QPushButton>

namespace ks {

PromoteDialog::PromoteDialog(const Job &job, Quality target, const CostEstimator &estimator,
                             QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("promoteDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Promote"));
    GenerationRequest promoted = job.request;
    promoted.quality = target;
    const QString excerpt =
        fontMetrics().elidedText(PromptExcerpt::of(job.request, 200), Qt::ElideRight, 360);
    setText(excerpt.isEmpty() ? tr("Make this take again at %1?").arg(qualityName(target))
                              : tr("Make “%1” again at %2?").arg(excerpt, qualityName(target)));
    const Estimate price = estimator.estimate(promoted);
    const Estimate before = estimator.estimate(job.request);
    setInformativeText(
        tr("The same prompt, inputs and settings at %1: a new job of %2 credits (this take: "
           "%3 credits at %4). This take stays as it is.")
            .arg(qualityName(target),
                 price.valid ? MoneyText::creditsUc(price.totalUc) : tr("unknown"),
                 before.valid ? MoneyText::creditsUc(before.totalUc) : tr("unknown"),
                 qualityName(job.request.quality)));
    m_promote = addButton(tr("Generate at %1").arg(qualityName(target)), QMessageBox::AcceptRole);
    m_promote->setObjectName(QStringLiteral("promoteConfirmButton"));
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(cancel);
    setEscapeButton(cancel);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_promote)
            emit promoteConfirmed();
    });
}

QString PromoteDialog::actionText(Quality target)
{
    return tr("Promote to %1…").arg(qualityName(target));
}

} // namespace ks
