#pragma once
// "Video settings": duration, aspect ratio, quality and sound, each offered
// as the mode allows, with notes on what the mode decides for the user
// (VideoSettingsSection.ui). Part of GenerationForm from the start.

#include "core/GenerationRequest.h"

#include <QWidget>

#include <memory>

namespace ks {

class VideoSettingsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoSettingsSection)
public:
    explicit VideoSettingsSection(QWidget *parent = nullptr);
    ~VideoSettingsSection() override;

    // Adapts every control to the mode; `clampNote` says whether a changed
    // duration should be explained (not when a stored request is loaded).
    void setMode(Mode mode, bool clampNote);
    // "Auto (follow start frame)" is offered while there is a start frame.
    void setAutoAspectOffered(bool offered);
    bool autoAspectOffered() const;
    // Refreshes the value and notes; `inputVideo` gives a video mode its length.
    void refresh(const MediaRef &inputVideo);

    int duration() const;
    int maximumDuration() const;
    // Clamped to the mode's range; emits changed() when it moves.
    void setDuration(int seconds);
    // Off while a storyboard's shots set the duration.
    void setDurationEditable(bool editable);
    // The sound wanted by the user, kept while a mode without sound is shown.
    void setSoundWanted(bool on);

    // The request's duration (explained if clamped), aspect ratio, quality
    // (explained if not offered) and sound; call after setMode. No signal.
    void load(const GenerationRequest &request);
    void fill(GenerationRequest &request) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
