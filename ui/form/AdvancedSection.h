#pragma once
// The Advanced panel under its fold: multi-shot storyboard, elements,
// watermark and callback URL (AdvancedSection.ui). Built by GenerationForm
// the first time the fold is opened or a request needs it.

#include "core/GenerationRequest.h"

#include <QWidget>

#include <memory>

namespace ks {

class ElementLibrary;
class ShotListEditor;

class AdvancedSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedSection)
public:
    explicit AdvancedSection(QWidget *parent = nullptr);
    ~AdvancedSection() override;

    ShotListEditor *shotEditor() const;
    bool multiShotOn() const;
    QList<ElementRef> elements() const;
    QString callbackText() const;
    void setLibrary(ElementLibrary *library);
    // Shows what the mode takes: the storyboard where multi-shot exists,
    // elements and watermark in every mode but custom element.
    void setMode(Mode mode);
    // The request's storyboard, elements, watermark and callback; no signal.
    void load(const GenerationRequest &request);
    // The callback, the shots (when the mode has multi-shot and it is on) and
    // the elements (not for custom element); the watermark's "untouched"
    // state is the form's (it outlives this panel). Call after setting the mode.
    void fill(GenerationRequest &request) const;
    // The box's state without a signal (the form keeps whether it was touched).
    void setWatermarkChecked(bool on);
    // What is set here and changes the request in `mode`, for the fold's
    // title ("shots: 2", "callback"); `watermark` is the form's.
    QStringList activeSettings(Mode mode, std::optional<bool> watermark) const;
    void showCallbackIssue(bool bad);

signals:
    void changed();
    void multiShotToggled(bool on);
    void watermarkToggled(bool on);
    void manageLibraryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
