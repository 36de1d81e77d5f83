#pragma once

// Private to the form's own files (GenerationForm.cpp, GenerationFormInputs.cpp).

#include "core/CostEstimator.h"
#include "core/RequestValidator.h"
#include "form/GenerationForm.h"
#include "ui_GenerationForm.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace ks {

class AdvancedSection;
class CustomElementSection;
class ElementLibrary;
class FramesSection;
class InputFileQueue;
class ReferenceImagesPanel;
class VideoInputSection;
struct InputCheckResult;

class GenerationForm::Private
{
public:
    explicit Private(GenerationForm *q) : q(q) { }

    Mode currentMode() const;
    GenerationRequest buildRequest() const;

    // The sections are built on first need (ensure*) and take their place
    // in the form's column, above the video settings.
    void ensureForMode(Mode mode);
    void ensureFrames();
    void ensureVideo();
    void ensureReferences();
    void ensureElement();
    void ensureAdvanced();
    void insertSection(QWidget *section);
    void videoMediaChanged();
    void videoRefused();
    void applyReferenceLimits();
    // Values of lazily built controls; their defaults while not built yet.
    bool multiShotOn() const;
    void fillModes();
    // Adapts every control to the mode's facts; `clampNote` says whether a
    // changed duration should be explained (not when a stored request is loaded).
    void applyMode(bool clampNote);
    void applyInputs();
    bool autoAspectWanted() const;
    void refresh();
    void refreshEstimate();
    void refreshValidation();
    void refreshWarnings();
    void refreshAdvancedTitle();
    void retranslateExtra();
    void retranslateReferences();
    void showNotice(const QString &message);
    void openLibraryDialog();
    ElementLibrary *library();
    void changed();

    GenerationForm *q;
    Ui::GenerationForm ui;
    CostEstimator estimator;
    double creditsPerUsd = 72.0;
    bool externalEnabled = true;
    QString externalReason;
    QList<Mode> unavailableModes; // the key may not use their models
    QList<ValidationIssue> issues;
    QList<ValidationIssue> warnings;
    bool promptTouched = false;
    bool imageTouched = false;
    bool videoTouched = false;
    bool loading = false;
    // openInputFile: checked one at a time, then routed to a slot.
    InputFileQueue *inputQueue = nullptr;
    bool routeCheckedInput(const InputCheckResult &checked);

    // The sections, in the column's order; null until first needed.
    FramesSection *frames = nullptr;
    VideoInputSection *video = nullptr;
    ReferenceImagesPanel *referencePanel = nullptr;
    CustomElementSection *element = nullptr;
    AdvancedSection *advanced = nullptr;
    bool shotsFollow = false; // until the shot editor exists
    std::optional<bool> watermark; // empty until the user (or a stored request) sets it
    QPointer<ElementLibrary> externalLibrary;
    ElementLibrary *ownLibrary = nullptr;
};

} // namespace ks
