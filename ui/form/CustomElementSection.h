#pragma once
// Custom element: name and description with their counters, and the subject
// from images (frontal + other angles) or from a video with an optional
// voice (CustomElementSection.ui). Built by GenerationForm the first time
// the mode shows it; the limits come from RequestValidator.

#include "core/GenerationRequest.h"

#include <QWidget>

#include <memory>

namespace ks {

class MediaDropZone;
class ReferenceImagesPanel;

class CustomElementSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomElementSection)
public:
    explicit CustomElementSection(QWidget *parent = nullptr);
    ~CustomElementSection() override;

    MediaDropZone *frontalZone() const;
    ReferenceImagesPanel *anglesPanel() const;
    MediaDropZone *videoZone() const;
    bool fromVideo() const;
    // Switches the source to images (a file opened from outside is an image).
    void chooseImages();
    // The request's element when its mode is custom element (else empty
    // fields); no signal.
    void load(const GenerationRequest &request);
    // Only the chosen source travels: a stale image never hides a chosen video.
    void fill(GenerationRequest &request) const;
    // Red rings on a name or description that breaks a rule, once typed in.
    void showIssues(bool nameBad, bool descriptionBad);

signals:
    void changed();
    void videoChanged();
    // A dropped or chosen video was refused (the user tried).
    void videoRefused();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
