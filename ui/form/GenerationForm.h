#pragma once
// The left-hand form: mode, prompt with counter, media drop zones, duration,
// aspect ratio, quality, sound, live estimate and the Generate button. Turns
// every change into a GenerationRequest value; never touches the network.

#include "core/GenerationRequest.h"

#include <QWidget>

#include <memory>

namespace Ui {
class GenerationForm;
}

namespace ks {

class CostEstimator;
class ElementLibrary;

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
    // How many identical jobs Generate makes (the "× N" box, 1 by default);
    // the estimate shows the total of them all.
    int takes() const;
    void setTakes(int takes);
    // A file opened from outside (command line, dropped on the app icon):
    // checked on a worker thread (InputFileCheck), then images go to the
    // start frame (or reference images), videos to the video slot, switching
    // mode when needed; several files are taken in the order given. Returns
    // false with a message shown at once for a path that is no file; else
    // inputFileOpened() tells the outcome (a refusal is shown as a notice).
    bool openInputFile(const QString &path);
    // The library the element picker offers (the backend's); without one the
    // form opens the default library file itself.
    void setElementLibrary(ElementLibrary *library);
    // Opens the element library view (list, copy id, delete, create).
    void showElementLibrary();
    // Generate also disabled while e.g. the backend is not ready.
    void setGenerateEnabled(bool enabled, const QString &reasonIfDisabled = {});
    // Modes whose model the API key may not use: disabled in the mode
    // picker with the reason, and Generate stays off while one is chosen.
    void setUnavailableModes(const QList<Mode> &modes);
    QList<Mode> unavailableModes() const;
    // Multi-shot: the duration follows the sum of the shots (kept with the draft).
    bool shotsFollowDuration() const;
    void setShotsFollowDuration(bool on);

signals:
    void requestChanged();
    void generateRequested(const ks::GenerationRequest &request);
    // The check openInputFile() started has ended and the file was used or refused.
    void inputFileOpened(const QString &path, bool accepted);

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
