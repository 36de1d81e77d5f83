#pragma once
// One media slot of the form (first frame, reference video, ...): takes an
// image or a video by drop, file dialog or paste, checks it by content on a
// worker thread (InputFileCheck: decoded in full, never blocking on a FIFO)
// before accepting, shows a thumbnail (a video: a frame and its facts). What
// it accepts and the words for a refusal are MediaAcceptance's (core).

#include "core/MediaAcceptance.h"
#include "core/MediaRef.h"
#include "core/RequestValidator.h"
#include "inputs/InputFileCheck.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QPixmap>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QMimeData;
class QPushButton;
class QToolButton;

namespace ks {

class VideoFrameGrabber;

class MediaDropZone final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaDropZone)
public:
    // Images whose header claims more pixels than this are refused without
    // decoding: a small PNG can expand to gigabytes (decompression bomb).
    static constexpr qint64 kMaxPixels = RequestValidator::kMaxImagePixels;
    static constexpr int kThumbnailWidth = 128;
    static constexpr int kThumbnailHeight = 80;
    static constexpr int kCompactThumbnailWidth = 72;
    static constexpr int kCompactThumbnailHeight = 45;

    // What the slot takes: images (JPG/PNG, WEBP when allowed) or videos (MP4/MOV).
    using Kind = MediaAcceptance::Kind;

    explicit MediaDropZone(QWidget *parent = nullptr);
    ~MediaDropZone() override;

    MediaRef media() const { return m_media; }
    // Takes a media value as it is (reuse of a stored request); a local file
    // that is gone and was never uploaded is refused with a message.
    void setMedia(const MediaRef &media);
    // Starts checking a local file on a worker thread and returns true; the
    // outcome comes as checkFinished() (and mediaChanged() or refused()). On
    // refusal the zone shows why and keeps the previous input. Returns false
    // at once for a path that does not exist.
    bool setLocalFile(const QString &path);
    // Applies the outcome of a check made elsewhere (the form's open-file
    // route); true when the file was accepted.
    bool acceptChecked(const InputCheckResult &result);
    // A file is being checked on the worker thread.
    bool isChecking() const { return m_watcher != nullptr; }
    // An https link used as is (the server fetches it).
    bool setRemoteUrl(const QString &url);
    // Clipboard: image data (saved as PNG in the cache), a file URL or an https link.
    bool pasteFrom(const QMimeData *mime);
    bool pasteFromClipboard();
    void clear();

    // Message of the last refused input; empty once an image is accepted.
    QString errorText() const { return m_error; }
    // Title shown above the empty zone ("First frame").
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setAllowWebp(bool allow);
    bool allowWebp() const { return m_slot.allowWebp; }
    void setKind(Kind kind);
    Kind kind() const { return m_slot.kind; }
    // The limits a video slot checks (an element's video has its own, §10.1 #3).
    void setVideoUse(RequestValidator::VideoUse use) { m_slot.videoUse = use; }
    // Smaller thumbnail and margins, for slots stacked in a list.
    void setCompact(bool compact);
    // Facts line shown under the name ("MP4 · 1280 × 720 · 3.2 s · 30 fps · 151 KB").
    QString detailsText() const;
    // True once a video frame replaced the generic video icon (tests, screenshots).
    bool hasFrameThumbnail() const { return !m_thumbnail.isNull(); }
    // Marks the zone as the field a validation issue points at.
    void setInvalid(bool invalid);

signals:
    void mediaChanged();
    // A video frame arrived and now shows as the thumbnail.
    void thumbnailChanged();
    // An input was refused; the message is also shown in the zone.
    void refused(const QString &message);
    // The check setLocalFile() started has ended: accepted or refused.
    void checkFinished(bool accepted);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool canAccept(const QMimeData *mime) const;
    bool acceptMime(const QMimeData *mime, bool fromDrop);
    bool acceptImageData(const QImage &image);
    void chooseFile();
    void setError(std::function<QString()> wording); // "" clears
    void setDragActive(bool active);
    void updateInvalidState();
    void refresh();
    void updateElidedName();
    void retranslate();
    QString describeInfo() const;
    void grabVideoFrame();
    // Checks `path` on the worker; `restoring`: the media is already set
    // (setMedia) and only its thumbnail and a refusal are still to come.
    void startCheck(const QString &path, bool restoring);
    void onCheckFinished(bool restoring);
    QSize thumbnailSize() const;
    static QString formatBytes(qint64 bytes);

    MediaRef m_media;
    QString m_error;
    std::function<QString()> m_errorWording; // words m_error again on a language switch
    QString m_title;
    QPixmap m_thumbnail;
    bool m_invalid = false; // set by the form for a validation issue
    bool m_compact = false;
    MediaAcceptance::Slot m_slot; // what the slot accepts
    QPointer<VideoFrameGrabber> m_grabber;
    QFutureWatcher<InputCheckResult> *m_watcher = nullptr; // the check under way, if any
    QString m_checkingName; // its file name, for the "Checking" line
    QString m_removeIfRefused; // a pasted image's cache file
    MediaRef m_keepUploadOf; // setMedia's input while its re-check is applied

    QWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_filledPage = nullptr;
    // empty page
    QLabel *m_titleLabel = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_limitsHint = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_pasteButton = nullptr;
    // filled page
    QLabel *m_thumbLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QToolButton *m_removeButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    // both
    QLabel *m_errorLabel = nullptr;
    QLabel *m_checkingLabel = nullptr;
};

} // namespace ks
