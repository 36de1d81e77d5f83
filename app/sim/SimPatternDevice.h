#pragma once
// A read-only, seekable device of any size whose bytes are computed on the
// fly (a given prefix, then a repeating filler), so the simulator can serve
// a result of hundreds of MiB without holding it in memory.

#include <QByteArray>
#include <QIODevice>

namespace ks {

class SimPatternDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimPatternDevice)
public:
    SimPatternDevice(const QByteArray &prefix, qint64 size, QObject *parent = nullptr);
    ~SimPatternDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

    // The byte at `pos` (for checking a download).
    static char fillerByte(qint64 pos);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_prefix;
    QByteArray m_filler;
    qint64 m_size = 0;
};

} // namespace ks
