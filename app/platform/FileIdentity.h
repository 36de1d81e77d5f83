#pragma once
// Which file a path names right now, so a program holding a file open can
// tell when it was deleted or replaced behind its back (the journal: writes
// to a deleted file are lost with the process). One implementation per OS,
// chosen in CMake: FileIdentity_unix.cpp (device and inode) and
// FileIdentity_win.cpp (volume serial number and file index).

#include <QByteArray>
#include <QString>

namespace ks::FileIdentity {

struct Id
{
    enum class State {
        Present, // `key` names the file
        Missing, // nothing at the path
        Unknown, // the OS would not say (no permission...): treat as unchanged
    };
    State state = State::Unknown;
    QByteArray key;

    // True only when both are known and name different files (or one is gone).
    bool differsFrom(const Id &other) const
    {
        if (state == State::Unknown || other.state == State::Unknown)
            return false;
        return state != other.state || key != other.key;
    }
};

Id of(const QString &path);

} // namespace ks::FileIdentity
