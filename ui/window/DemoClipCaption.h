#pragma once
// What the player says about a demo job's video: the built-in simulator
// returns its sample clip (looped to the length asked for, in the shape asked
// for) at the sample's own, smaller resolution, and the caption says so, so
// that nobody evaluating the app takes 640×360 for what Kling makes.

#include <QCoreApplication>
#include <QString>

namespace ks {

struct Job;

class DemoClipCaption final
{
    Q_DECLARE_TR_FUNCTIONS(DemoClipCaption)
public:
    // "Demo clip, scaled to 640×360" for a demo job whose video is on disk
    // (its size from the video track); "" for a real job.
    static QString note(const Job &job);
    // `title` with the note in front (so that eliding keeps it), or `title`.
    static QString caption(const Job &job, const QString &title);
};

} // namespace ks
