#include "sim/SimClipLoop.h"

#include <QList>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace ks::SimClipLoop {

namespace {

struct Box
{
    QByteArray type;
    qint64 start = 0; // header
    qint64 payload = 0;
    qint64 end = 0;
};

quint32 be32(const QByteArray &d, qint64 at)
{
    return qFromBigEndian<quint32>(d.constData() + at);
}

quint64 be64(const QByteArray &d, qint64 at)
{
    return qFromBigEndian<quint64>(d.constData() + at);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void set32(QByteArray &d, qint64 at, quint32 v)
{
    qToBigEndian(v, d.data() + at);
}

void set64(QByteArray &d, qint64 at, quint64 v)
{
    qToBigEndian(v, d.data() + at);
}

// The boxes directly inside [begin, end); nullopt when they do not fill it.
std::optional<QList<Box>> children(const QByteArray &d, qint64 begin, qint64 end)
{
    QList<Box> boxes;
    qint64 at = begin;
    while (at < end) {
        if (at + 8 > end)
            return std::nullopt;
        quint64 size = be32(d, at);
        qint64 header = 8;
        if (size == 1) {
            if (at + 16 > end)
                return std::nullopt;
            size = be64(d, at + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - at);
        }
        if (size < quint64(header) || quint64(end - at) < size)
            return std::nullopt;
        boxes.append({d.mid(at + 4, 4), at, at + header, at + qint64(size)});
        at += qint64(size);
    }
    return boxes;
}

const Box *child(const QList<Box> &boxes, const char *type)
{
    for (const Box &b : boxes) {
        if (b.type == type)
            return &b;
    }
    return nullptr;
}

QByteArray wrap(const char *type, const QByteArray &payload)
{
    QByteArray out;
    put32(out, quint32(payload.size() + 8));
    out.append(type, 4);
    out.append(payload);
    return out;
}

QByteArray fullBoxHeader(quint8 version, quint32 flags = 0)
{
    QByteArray out;
    put32(out, (quint32(version) << 24) | (flags & 0xffffff));
    return out;
}

// One track's samples in decode order, as its sample tables describe them.
struct Samples
{
    QList<quint32> durations;
    QList<quint32> sizes;
    QList<quint64> offsets; // absolute, in the input file
    QList<bool> sync; // only meaningful when hasSync
    QList<quint32> compositionOffsets; // raw ctts values, only when hasCtts
    bool hasSync = false;
    bool hasCtts = false;
    quint8 cttsVersion = 0;
};

// Reads stts, stsz, stsc, stco/co64 and the optional stss and ctts.
std::optional<Samples> readSamples(const QByteArray &d, const QList<Box> &stbl)
{
    const Box *stts = child(stbl, "stts");
    const Box *stsz = child(stbl, "stsz");
    const Box *stsc = child(stbl, "stsc");
    const Box *stco = child(stbl, "stco");
    const Box *co64 = child(stbl, "co64");
    if (!stts || !stsz || !stsc || (!stco && !co64))
        return std::nullopt;
    const auto entries = [&](const Box *b, qint64 entrySize) -> qint64 {
        if (b->end - b->payload < 8)
            return -1;
        const qint64 n = be32(d, b->payload + 4);
        return b->payload + 8 + n * entrySize <= b->end ? n : -1;
    };
    Samples s;
    const qint64 nStts = entries(stts, 8);
    if (nStts < 0)
        return std::nullopt;
    for (qint64 i = 0; i < nStts; ++i) {
        const quint32 count = be32(d, stts->payload + 8 + i * 8);
        const quint32 delta = be32(d, stts->payload + 12 + i * 8);
        if (s.durations.size() + qint64(count) > 1000000)
            return std::nullopt;
        for (quint32 k = 0; k < count; ++k)
            s.durations.append(delta);
    }
    const qint64 total = s.durations.size();
    // stsz: version/flags, sample_size, sample_count, then entries if size 0.
    if (stsz->end - stsz->payload < 12 || be32(d, stsz->payload + 8) != quint32(total))
        return std::nullopt;
    const quint32 fixed = be32(d, stsz->payload + 4);
    if (fixed == 0 && stsz->payload + 12 + total * 4 > stsz->end)
        return std::nullopt;
    for (qint64 i = 0; i < total; ++i)
        s.sizes.append(fixed ? fixed : be32(d, stsz->payload + 12 + i * 4));

    const Box *co = stco ? stco : co64;
    const qint64 nChunks = entries(co, stco ? 4 : 8);
    const qint64 nStsc = entries(stsc, 12);
    if (nChunks < 0 || nStsc <= 0)
        return std::nullopt;
    qint64 sample = 0;
    for (qint64 e = 0; e < nStsc; ++e) {
        const qint64 at = stsc->payload + 8 + e * 12;
        const qint64 first = be32(d, at);
        const qint64 perChunk = be32(d, at + 4);
        if (be32(d, at + 8) != 1) // one sample description only
            return std::nullopt;
        const qint64 last = e + 1 < nStsc ? qint64(be32(d, at + 12)) - 1 : nChunks;
        if (first < 1 || last > nChunks)
            return std::nullopt;
        for (qint64 chunk = first; chunk <= last; ++chunk) {
            quint64 offset = stco ? be32(d, co->payload + 8 + (chunk - 1) * 4)
                                  : be64(d, co->payload + 8 + (chunk - 1) * 8);
            for (qint64 k = 0; k < perChunk; ++k) {
                if (sample >= total)
                    return std::nullopt;
                s.offsets.append(offset);
                offset += s.sizes[sample++];
            }
        }
    }
    if (sample != total)
        return std::nullopt;

    if (const Box *stss = child(stbl, "stss")) {
        const qint64 n = entries(stss, 4);
        if (n < 0)
            return std::nullopt;
        s.hasSync = true;
        s.sync = QList<bool>(total, false);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 index = qint64(be32(d, stss->payload + 8 + i * 4)) - 1;
            if (index < 0 || index >= total)
                return std::nullopt;
            s.sync[index] = true;
        }
    }
    if (const Box *ctts = child(stbl, "ctts")) {
        const qint64 n = entries(ctts, 8);
        if (n < 0)
            return std::nullopt;
        s.hasCtts = true;
        s.cttsVersion = quint8(d.at(ctts->payload));
        for (qint64 i = 0; i < n; ++i) {
            const quint32 count = be32(d, ctts->payload + 8 + i * 8);
            const quint32 value = be32(d, ctts->payload + 12 + i * 8);
            for (quint32 k = 0; k < count && s.compositionOffsets.size() < total; ++k)
                s.compositionOffsets.append(value);
        }
        if (s.compositionOffsets.size() != total)
            return std::nullopt;
    }
    return s;
}

// The samples repeated from the first one until they last `units`. With
// reordered frames (ctts), a pass is cut only where every frame shown before
// the cut is kept: a frame missing in the middle would be a skipped picture
// (the edit list then ends the movie at `units`).
Samples repeatedFor(const Samples &in, quint64 units)
{
    const qint64 n = in.durations.size();
    // Presentation time of each sample, and the earliest of those from i on.
    QList<qint64> cts(n);
    qint64 dts = 0;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 offset = !in.hasCtts ? 0
            : in.cttsVersion == 1         ? qint64(qint32(in.compositionOffsets[i]))
                                          : qint64(in.compositionOffsets[i]);
        cts[i] = dts + offset;
        dts += in.durations[i];
    }
    QList<qint64> laterMin(n + 1, std::numeric_limits<qint64>::max());
    for (qint64 i = n - 1; i >= 0; --i)
        laterMin[i] = std::min(laterMin[i + 1], cts[i]);

    Samples out;
    out.hasSync = in.hasSync;
    out.hasCtts = in.hasCtts;
    out.cttsVersion = in.cttsVersion;
    quint64 time = 0;
    qint64 shownMax = std::numeric_limits<qint64>::min();
    for (qint64 i = 0;; i = (i + 1) % n) {
        if (i == 0)
            shownMax = std::numeric_limits<qint64>::min();
        out.durations.append(in.durations[i]);
        out.sizes.append(in.sizes[i]);
        out.offsets.append(in.offsets[i]);
        if (in.hasSync)
            out.sync.append(in.sync[i]);
        if (in.hasCtts)
            out.compositionOffsets.append(in.compositionOffsets[i]);
        time += std::max<quint32>(in.durations[i], 1);
        shownMax = std::max(shownMax, cts[i]);
        if (time >= units && shownMax < laterMin[i + 1])
            break;
    }
    return out;
}

// Run-length (count, value) entries of `values`.
QByteArray runs(const QList<quint32> &values, quint32 *count)
{
    QByteArray out;
    *count = 0;
    for (qint64 i = 0; i < values.size();) {
        qint64 j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        put32(out, quint32(j - i));
        put32(out, values[i]);
        ++*count;
        i = j;
    }
    return out;
}

// A new stbl: the sample description kept, one sample per chunk.
QByteArray sampleTable(const QByteArray &d, const QList<Box> &stbl, const Samples &s,
                       qint64 offsetShift)
{
    QByteArray out;
    const Box *stsd = child(stbl, "stsd");
    out.append(d.mid(stsd->start, stsd->end - stsd->start));

    quint32 n = 0;
    QByteArray body = runs(s.durations, &n);
    QByteArray stts = fullBoxHeader(0);
    put32(stts, n);
    out.append(wrap("stts", stts + body));

    if (s.hasSync) {
        QByteArray stss = fullBoxHeader(0);
        QByteArray list;
        quint32 count = 0;
        for (qint64 i = 0; i < s.sync.size(); ++i) {
            if (s.sync[i]) {
                put32(list, quint32(i + 1));
                ++count;
            }
        }
        put32(stss, count);
        out.append(wrap("stss", stss + list));
    }
    if (s.hasCtts) {
        body = runs(s.compositionOffsets, &n);
        QByteArray ctts = fullBoxHeader(s.cttsVersion);
        put32(ctts, n);
        out.append(wrap("ctts", ctts + body));
    }
    QByteArray stsc = fullBoxHeader(0);
    put32(stsc, 1);
    put32(stsc, 1); // first chunk
    put32(stsc, 1); // samples per chunk
    put32(stsc, 1); // sample description
    out.append(wrap("stsc", stsc));

    QByteArray stsz = fullBoxHeader(0);
    put32(stsz, 0);
    put32(stsz, quint32(s.sizes.size()));
    for (quint32 size : s.sizes)
        put32(stsz, size);
    out.append(wrap("stsz", stsz));

    QByteArray stco = fullBoxHeader(0);
    put32(stco, quint32(s.offsets.size()));
    for (quint64 offset : s.offsets)
        put32(stco, quint32(offset + quint64(offsetShift)));
    out.append(wrap("stco", stco));
    return out;
}

// Writes `value` into a full box's duration field (32-bit at v0, 64-bit at v1).
void setDuration(QByteArray &box, qint64 v0, qint64 v1, quint64 value)
{
    const qint64 payload = 8;
    if (box.size() <= payload)
        return;
    if (uchar(box.at(payload)) == 1) {
        if (payload + v1 + 8 <= box.size())
            set64(box, payload + v1, value);
    } else if (payload + v0 + 4 <= box.size()) {
        set32(box, payload + v0, quint32(std::min<quint64>(value, 0xfffffffeu)));
    }
}

struct Movie
{
    quint32 timescale = 0;
    double seconds = 0;
    qint64 offsetShift = 0;
};

bool isContainer(const QByteArray &type)
{
    return type == "trak" || type == "mdia" || type == "minf" || type == "edts";
}

struct Track
{
    const QList<Box> *stbl = nullptr;
    Samples samples;
    quint64 mediaUnits = 0; // mdhd units of the new samples
};

// Copies [begin, end) of a trak with durations and sample table replaced.
std::optional<QByteArray> rebuild(const QByteArray &d, qint64 begin, qint64 end, const Movie &m,
                                  const Track &track)
{
    const auto boxes = children(d, begin, end);
    if (!boxes)
        return std::nullopt;
    const quint64 movieUnits = quint64(std::llround(m.seconds * m.timescale));
    QByteArray out;
    for (const Box &b : *boxes) {
        QByteArray copy = d.mid(b.start, b.end - b.start);
        if (b.payload - b.start != 8)
            return std::nullopt;
        if (isContainer(b.type)) {
            const auto inner = rebuild(d, b.payload, b.end, m, track);
            if (!inner)
                return std::nullopt;
            out.append(wrap(b.type.constData(), *inner));
            continue;
        }
        if (b.type == "stbl") {
            out.append(wrap("stbl", sampleTable(d, *track.stbl, track.samples, m.offsetShift)));
            continue;
        }
        if (b.type == "tkhd")
            setDuration(copy, 20, 28, movieUnits);
        else if (b.type == "mdhd")
            setDuration(copy, 16, 24, track.mediaUnits);
        else if (b.type == "elst" && copy.size() >= 16) {
            // Each edit plays the whole new length; where media starts is kept.
            const bool v1 = uchar(copy.at(8)) == 1;
            const quint32 count = be32(copy, 12);
            const qint64 entry = v1 ? 20 : 12;
            for (quint32 i = 0; i < count && 16 + (i + 1) * entry <= copy.size(); ++i) {
                const qint64 at = 16 + i * entry;
                if (v1)
                    set64(copy, at, movieUnits);
                else
                    set32(copy, at, quint32(std::min<quint64>(movieUnits, 0xfffffffeu)));
            }
        }
        out.append(copy);
    }
    return out;
}

// The stbl children and mdhd timescale of a trak.
bool readTrack(const QByteArray &d, const Box &trak, QList<Box> *stbl, quint32 *timescale)
{
    const auto inTrak = children(d, trak.payload, trak.end);
    const Box *mdia = inTrak ? child(*inTrak, "mdia") : nullptr;
    const auto inMdia = mdia ? children(d, mdia->payload, mdia->end) : std::nullopt;
    const Box *mdhd = inMdia ? child(*inMdia, "mdhd") : nullptr;
    const Box *minf = inMdia ? child(*inMdia, "minf") : nullptr;
    const auto inMinf = minf ? children(d, minf->payload, minf->end) : std::nullopt;
    const Box *table = inMinf ? child(*inMinf, "stbl") : nullptr;
    const auto inStbl = table ? children(d, table->payload, table->end) : std::nullopt;
    if (!mdhd || !inStbl || !child(*inStbl, "stsd") || mdhd->end - mdhd->payload < 24)
        return false;
    *timescale =
        uchar(d.at(mdhd->payload)) == 1 ? be32(d, mdhd->payload + 20) : be32(d, mdhd->payload + 12);
    *stbl = *inStbl;
    return *timescale > 0;
}

} // namespace

QByteArray looped(const QByteArray &d, double seconds)
{
    if (seconds <= 0 || seconds > 3600)
        return {};
    const auto top = children(d, 0, d.size());
    const Box *moov = top ? child(*top, "moov") : nullptr;
    if (!moov || moov->payload - moov->start != 8)
        return {};
    const auto inMoov = children(d, moov->payload, moov->end);
    const Box *mvhd = inMoov ? child(*inMoov, "mvhd") : nullptr;
    if (!mvhd || mvhd->end - mvhd->payload < 24)
        return {};
    Movie m;
    m.seconds = seconds;
    m.timescale =
        uchar(d.at(mvhd->payload)) == 1 ? be32(d, mvhd->payload + 20) : be32(d, mvhd->payload + 12);
    if (m.timescale == 0)
        return {};

    // Every track's new samples first: they do not depend on where mdat ends up.
    QList<QList<Box>> tables;
    QList<Track> tracks;
    tables.reserve(inMoov->size());
    for (const Box &b : *inMoov) {
        if (b.type != "trak")
            continue;
        QList<Box> stbl;
        quint32 timescale = 0;
        if (!readTrack(d, b, &stbl, &timescale))
            return {};
        const std::optional<Samples> samples = readSamples(d, stbl);
        if (!samples || samples->durations.isEmpty())
            return {};
        for (int i = 0; i < samples->offsets.size(); ++i) {
            if (samples->offsets[i] + samples->sizes[i] > quint64(d.size()))
                return {};
        }
        tables.append(stbl);
        Track track;
        track.samples = repeatedFor(*samples, quint64(std::llround(seconds * timescale)));
        for (quint32 duration : std::as_const(track.samples.durations))
            track.mediaUnits += duration;
        tracks.append(track);
    }
    if (tracks.isEmpty())
        return {};
    for (int i = 0; i < tracks.size(); ++i)
        tracks[i].stbl = &tables[i];

    // Built twice: the second time with the chunk offsets moved by how much
    // the moov (written before the media data) grew.
    const auto build = [&]() -> std::optional<QByteArray> {
        QByteArray payload;
        int t = 0;
        for (const Box &b : *inMoov) {
            if (b.type == "trak") {
                const auto trak = rebuild(d, b.payload, b.end, m, tracks[t++]);
                if (!trak)
                    return std::nullopt;
                payload.append(wrap("trak", *trak));
            } else {
                QByteArray copy = d.mid(b.start, b.end - b.start);
                if (b.type == "mvhd")
                    setDuration(copy, 16, 24, quint64(std::llround(seconds * m.timescale)));
                payload.append(copy);
            }
        }
        return wrap("moov", payload);
    };
    std::optional<QByteArray> newMoov = build();
    if (!newMoov)
        return {};
    quint64 firstSample = ~quint64(0);
    quint64 lastByte = 0;
    for (const Track &track : std::as_const(tracks)) {
        for (int i = 0; i < track.samples.offsets.size(); ++i) {
            firstSample = std::min(firstSample, track.samples.offsets[i]);
            lastByte = std::max(lastByte, track.samples.offsets[i] + track.samples.sizes[i]);
        }
    }
    if (firstSample < quint64(moov->end) && lastByte > quint64(moov->start))
        return {}; // media data inside the moov: not a layout this rebuilds
    if (firstSample >= quint64(moov->end)) {
        m.offsetShift = newMoov->size() - (moov->end - moov->start);
        newMoov = build();
        if (!newMoov)
            return {};
    }
    if (lastByte + quint64(std::max<qint64>(m.offsetShift, 0)) > 0xffffffffu)
        return {};
    return d.left(moov->start) + *newMoov + d.mid(moov->end);
}

} // namespace ks::SimClipLoop
