#pragma once
// Waits for the checks the form's inputs run on a worker thread
// (InputFileCheck): a GUI test sets a file and then wants its outcome.

#include "form/GenerationForm.h"
#include "form/MediaDropZone.h"
#include "form/ReferenceImagesPanel.h"

#include <QSignalSpy>
#include <QString>

namespace ks::test {

// MediaDropZone::setLocalFile, then its checkFinished: true when accepted.
inline bool setLocalFileAndWait(MediaDropZone *zone, const QString &path, int timeoutMs = 20000)
{
    QSignalSpy done(zone, &MediaDropZone::checkFinished);
    if (!zone->setLocalFile(path))
        return false;
    if (done.isEmpty() && !done.wait(timeoutMs))
        return false;
    return done.first().first().toBool();
}

// Runs `action` (a drop, a paste, a key press) and waits for the file check
// it starts: true when the file was accepted.
template<typename Action>
bool checkedAfter(MediaDropZone *zone, Action action, int timeoutMs = 20000)
{
    QSignalSpy done(zone, &MediaDropZone::checkFinished);
    action();
    if (done.isEmpty() && !done.wait(timeoutMs))
        return false;
    return done.first().first().toBool();
}

// ReferenceImagesPanel::addLocalFile, then the check: true when added.
inline bool addLocalFileAndWait(ReferenceImagesPanel *panel, const QString &path,
                                int timeoutMs = 20000)
{
    QSignalSpy done(panel->adder(), &MediaDropZone::checkFinished);
    if (!panel->addLocalFile(path))
        return false;
    if (done.isEmpty() && !done.wait(timeoutMs))
        return false;
    return done.first().first().toBool();
}

// GenerationForm::openInputFile, then its inputFileOpened: true when used.
inline bool openInputFileAndWait(GenerationForm &form, const QString &path, int timeoutMs = 20000)
{
    QSignalSpy done(&form, &GenerationForm::inputFileOpened);
    if (!form.openInputFile(path))
        return false;
    if (done.isEmpty() && !done.wait(timeoutMs))
        return false;
    return done.first().at(1).toBool();
}

} // namespace ks::test
