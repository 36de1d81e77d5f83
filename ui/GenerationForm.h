#pragma once
// The left-hand form: mode, prompt with counter, media drop zones, duration,
// aspect ratio, quality, sound, live estimate and the Generate button. Turns
// every change into a GenerationRequest value; never touches the network.

#include "GenerationRequest.h"

#include <QWidget>

namespace Ui {
class GenerationForm;
}

namespace ks {

class CostEstimator;

class GenerationForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationForm)
public:
    explicit GenerationForm(QWidget *parent = nullptr);
    ~GenerationForm() override;

    GenerationRequest request() const;
    // Fills the form from a request (Reuse settings / Resubmit).
    void setRequest(const GenerationRequest &request);
    void setCreditsPerUsd(double rate);
    // Generate also disabled while e.g. the backend is not ready.
    void setGenerateEnabled(bool enabled, const QString &reasonIfDisabled = {});

signals:
    void requestChanged();
    void generateRequested(const ks::GenerationRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    Private *d;
};

} // namespace ks
