#pragma once
// Asks once per session before the first 4k generation from the form, with
// the figures of the actual request ("4k costs 5× 720p: 135.00 credits for
// 5 s"), because 4k costs five times 720p and its price comes from EvoLink's
// pricing rules only (API.md §10.1 #5). No is the default and sends nothing;
// after one Yes the session is not asked again. The command line is not asked.

#include "core/GenerationRequest.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace ks {

class CostEstimator;

class FourKPriceQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(FourKPriceQuestion)
public:
    // Whether `request` must be confirmed before it is sent: 4k, not yet
    // accepted in this session.
    bool needsAsking(const GenerationRequest &request) const;
    // Opens the question (window-modal, default No) over `parent`; `onYes`
    // runs after the answer Yes, once this session counts as accepted. While
    // a question is open a second call only raises it.
    // `takes`: how many jobs of the request Yes sends (the form's × N).
    void ask(const GenerationRequest &request, QWidget *parent, std::function<void()> onYes,
             int takes = 1);
    // "4k costs 5× 720p: 135.00 credits for 5 s", priced by `estimator`;
    // for several takes a second line gives what all of them cost.
    static QString question(const GenerationRequest &request, const CostEstimator &estimator,
                            int takes = 1);

private:
    bool m_accepted = false;
    QPointer<QMessageBox> m_box;
};

} // namespace ks
