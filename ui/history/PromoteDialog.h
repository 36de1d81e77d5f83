#pragma once
// Asks before a take is made again at a higher quality (issue 20, Promote):
// the same prompt, inputs and settings at the next quality the mode offers,
// a new paid job; the question names the price first and defaults to Cancel.

#include "core/Mode.h"
#include "jobs/Job.h"

#include <QMessageBox>

namespace ks {

class CostEstimator;

class PromoteDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromoteDialog)
public:
    PromoteDialog(const Job &job, Quality target, const CostEstimator &estimator,
                  QWidget *parent = nullptr);

    QAbstractButton *promoteButton() const { return m_promote; }

    // The action's text for a take: "Promote to 1080p…".
    static QString actionText(Quality target);

signals:
    void promoteConfirmed();

private:
    QAbstractButton *m_promote = nullptr;
};

} // namespace ks
