#pragma once
// The input video of reference-to-video and video edit, with "keep the
// video's original sound" (VideoInputSection.ui). Built by GenerationForm
// the first time a video mode shows it; the title follows the mode.

#include "core/GenerationRequest.h"

#include <QWidget>

#include <memory>

namespace ks {

class MediaDropZone;

class VideoInputSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoInputSection)
public:
    explicit VideoInputSection(QWidget *parent = nullptr);
    ~VideoInputSection() override;

    MediaDropZone *zone() const;
    MediaRef media() const;
    // Video edit names the slot "video to edit", other modes "reference video".
    void setMode(Mode mode);
    // The request's video when its mode takes one (else an empty slot) and
    // its keep-sound choice; no signal.
    void load(const GenerationRequest &request);
    void fill(GenerationRequest &request) const;
    void showIssue(bool bad);

signals:
    void mediaChanged();
    // A dropped or chosen video was refused (the user tried).
    void refused();
    void keepSoundChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
