#include "form/InputFileQueue.h"

#include <QFutureWatcher>

namespace ks {

InputFileQueue::InputFileQueue(std::function<QSize()> thumbnailSize, QObject *parent)
    : QObject(parent), m_thumbnailSize(std::move(thumbnailSize))
{
}

InputFileQueue::~InputFileQueue() = default;

void InputFileQueue::enqueue(const QString &path)
{
    m_pending.append(path);
    if (!m_busy)
        checkNext();
}

void InputFileQueue::checkNext()
{
    if (m_pending.isEmpty())
        return;
    m_busy = true;
    auto *watcher = new QFutureWatcher<InputCheckResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const InputCheckResult result = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        m_pending.removeFirst();
        emit checked(result);
        checkNext();
    });
    watcher->setFuture(InputFileCheck::start(m_pending.first(), m_thumbnailSize()));
}

} // namespace ks
