#pragma once
// Files opened from outside the form (command line, dropped on the app
// icon), checked one at a time on a worker thread (InputFileCheck) so they
// reach the form in the order given.

#include "inputs/InputFileCheck.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ks {

class InputFileQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputFileQueue)
public:
    // `thumbnailSize` is asked when a check starts (the screen may change).
    InputFileQueue(std::function<QSize()> thumbnailSize, QObject *parent = nullptr);
    ~InputFileQueue() override;

    // Queues an existing file (an absolute path); its check starts when the
    // ones before it have been handed over.
    void enqueue(const QString &path);

signals:
    // A file's check ended; the next one starts once the receivers return.
    void checked(const ks::InputCheckResult &result);

private:
    void checkNext();

    std::function<QSize()> m_thumbnailSize;
    QStringList m_pending;
    bool m_busy = false;
};

} // namespace ks
