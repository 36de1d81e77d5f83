#pragma once
// Image-to-video's frames: the start frame and, below it, the optional end
// frame (FramesSection.ui). Built by GenerationForm the first time a mode
// shows it; puts its frames into a request and takes them from one.

#include "core/GenerationRequest.h"

#include <QWidget>

#include <memory>

namespace ks {

class MediaDropZone;

class FramesSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramesSection)
public:
    explicit FramesSection(QWidget *parent = nullptr);
    ~FramesSection() override;

    MediaDropZone *startZone() const;
    MediaDropZone *endZone() const;
    bool hasStart() const;
    // The request's frames when its mode has them, else empty slots; no signal.
    void load(const GenerationRequest &request);
    void fill(GenerationRequest &request) const;
    // Red rings: the start frame once the user tried, the end frame when set.
    void showIssues(bool startBad, bool endBad);

signals:
    void startChanged();
    // A dropped or chosen start frame was refused (the user tried).
    void startRefused();
    void endChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
