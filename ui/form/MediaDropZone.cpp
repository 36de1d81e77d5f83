#include "form/MediaDropZone.h"

#include "core/ByteSizeText.h"
#include "core/RequestValidator.h"
#include "form/DropZoneParts.h"
#include "form/DroppedMedia.h"
#include "form/FileDialogStartDir.h"
#include "platform/Logging.h"
#include "player/VideoFrameGrabber.h"
#include "style/Theme.h"
#include "widgets/TextLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace ks {

namespace {

constexpr int kZoneRadius = 8;

// A re-check of the same file may bring facts the slot did not have yet.
bool sameFacts(const MediaInfo &a, const MediaInfo &b)
{
    return a.probed == b.probed && a.format == b.format && a.bytes == b.bytes && a.width == b.width
        && a.height == b.height && a.durationSeconds == b.durationSeconds && a.fps == b.fps;
}

// Non-breaking inside one fact, so a narrow zone wraps only between facts.
QString fact(QString text)
{
    return text.replace(QLatin1Char(' '), QChar::Nbsp);
}

} // namespace

MediaDropZone::MediaDropZone(QWidget *parent) : QFrame(parent)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setContentsMargins(1, 1, 1, 1); // the frame paintEvent draws
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // Two pages, only one shown. Not a QStackedWidget: its height-for-width is
    // the tallest page's, which left a filled compact slot as tall as an empty one.
    m_stack = new QWidget(this);
    auto *stackLayout = new QVBoxLayout(m_stack);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    stackLayout->setSpacing(0);

    // Empty page: what to do and the limits, so nobody learns them by failing.
    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->setSpacing(6);
    m_titleLabel = new TextLabel(emptyPage);
    m_titleLabel->setObjectName(QStringLiteral("dropZoneTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_emptyHint = new TextLabel(emptyPage);
    m_emptyHint->setObjectName(QStringLiteral("dropZoneHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_chooseButton = new QPushButton(emptyPage);
    m_chooseButton->setObjectName(QStringLiteral("dropZoneChoose"));
    m_pasteButton = new QPushButton(emptyPage);
    m_pasteButton->setObjectName(QStringLiteral("dropZonePaste"));
    buttons->addStretch();
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_pasteButton);
    buttons->addStretch();
    m_limitsHint = new TextLabel(emptyPage);
    m_limitsHint->setObjectName(QStringLiteral("dropZoneLimits"));
    m_limitsHint->setAlignment(Qt::AlignCenter);
    m_limitsHint->setWordWrap(true);
    m_limitsHint->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_titleLabel);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addLayout(buttons);
    emptyLayout->addWidget(m_limitsHint);

    // Filled page: thumbnail, facts and the remove button.
    auto *filledPage = new QWidget(m_stack);
    auto *filledLayout = new QHBoxLayout(filledPage);
    filledLayout->setContentsMargins(0, 0, 0, 0);
    filledLayout->setSpacing(10);
    m_thumbLabel = new DropZoneThumbnail(filledPage);
    m_thumbLabel->setObjectName(QStringLiteral("dropZoneThumb"));
    m_thumbLabel->setAlignment(Qt::AlignCenter);
    m_thumbLabel->setFixedSize(kThumbnailWidth + 2, kThumbnailHeight + 2);
    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    m_nameLabel = new TextLabel(filledPage);
    m_nameLabel->setObjectName(QStringLiteral("dropZoneName"));
    // Ignored: a long file name is elided to the space there is instead of
    // widening the whole form.
    m_nameLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_nameLabel->setMinimumWidth(40);
    QFont nameFont = m_nameLabel->font();
    nameFont.setWeight(QFont::DemiBold);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->installEventFilter(this);
    m_detailsLabel = new TextLabel(filledPage);
    m_detailsLabel->setObjectName(QStringLiteral("dropZoneDetails"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_replaceButton = new QPushButton(filledPage);
    m_replaceButton->setObjectName(QStringLiteral("dropZoneReplace"));
    m_replaceButton->setFlat(false);
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addStretch();
    textColumn->addWidget(m_nameLabel);
    textColumn->addWidget(m_detailsLabel);
    textColumn->addStretch();
    textColumn->addLayout(replaceRow);
    m_removeButton = new DropZoneRemoveButton(filledPage);
    m_removeButton->setObjectName(QStringLiteral("dropZoneRemove"));
    m_removeButton->setText(QStringLiteral("×"));
    m_removeButton->setFixedSize(22, 22);
    m_removeButton->setCursor(Qt::PointingHandCursor);
    filledLayout->addWidget(m_thumbLabel, 0, Qt::AlignTop);
    filledLayout->addLayout(textColumn, 1);
    filledLayout->addWidget(m_removeButton, 0, Qt::AlignTop);

    stackLayout->addWidget(emptyPage);
    stackLayout->addWidget(filledPage);
    m_emptyPage = emptyPage;
    m_filledPage = filledPage;

    auto *errorLabel = new TextLabel(this);
    errorLabel->setSelectable(true);
    m_errorLabel = errorLabel;
    m_errorLabel->setObjectName(QStringLiteral("dropZoneError"));
    Theme::setTone(m_errorLabel, Theme::Tone::Error);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    m_checkingLabel = new QLabel(this);
    m_checkingLabel->setObjectName(QStringLiteral("dropZoneChecking"));
    m_checkingLabel->setWordWrap(true);
    m_checkingLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_stack);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_checkingLabel);

    connect(m_chooseButton, &QPushButton::clicked, this, &MediaDropZone::chooseFile);
    connect(m_replaceButton, &QPushButton::clicked, this, &MediaDropZone::chooseFile);
    connect(m_pasteButton, &QPushButton::clicked, this, &MediaDropZone::pasteFromClipboard);
    connect(m_removeButton, &QToolButton::clicked, this, &MediaDropZone::clear);

    retranslate();
    refresh();
}

MediaDropZone::~MediaDropZone() = default;

void MediaDropZone::setAllowWebp(bool allow)
{
    if (m_slot.allowWebp == allow)
        return;
    m_slot.allowWebp = allow;
    retranslate();
}

void MediaDropZone::setKind(Kind kind)
{
    if (m_slot.kind == kind)
        return;
    m_slot.kind = kind;
    retranslate();
    refresh();
}

void MediaDropZone::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    const int margin = compact ? 6 : 10;
    layout()->setContentsMargins(compact ? 8 : 12, margin, compact ? 8 : 12, margin);
    m_replaceButton->setVisible(!compact);
    refresh();
}

QSize MediaDropZone::thumbnailSize() const
{
    return m_compact ? QSize(kCompactThumbnailWidth, kCompactThumbnailHeight)
                     : QSize(kThumbnailWidth, kThumbnailHeight);
}

QString MediaDropZone::detailsText() const
{
    return m_media.isSet() ? describeInfo() : QString();
}

void MediaDropZone::grabVideoFrame()
{
    if (m_grabber) {
        m_grabber->disconnect(this);
        m_grabber->deleteLater();
        m_grabber = nullptr;
    }
    if (m_slot.kind != Kind::Video || !m_media.isLocal() || !QFileInfo::exists(m_media.localPath))
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize size = thumbnailSize();
    auto *grabber = new VideoFrameGrabber(
        m_media.localPath, QSize(int(size.width() * dpr), int(size.height() * dpr)), this);
    m_grabber = grabber;
    connect(grabber, &VideoFrameGrabber::grabbed, this, [this, grabber, dpr](const QImage &frame) {
        if (m_grabber == grabber)
            m_grabber = nullptr;
        // The slot may hold another file by now; a late frame must not show for it.
        if (frame.isNull() || grabber->path() != m_media.localPath)
            return;
        m_thumbnail = QPixmap::fromImage(frame);
        m_thumbnail.setDevicePixelRatio(dpr);
        refresh();
        emit thumbnailChanged();
    });
    grabber->start();
}

void MediaDropZone::setTitle(const QString &title)
{
    m_title = title;
    retranslate();
}

void MediaDropZone::setInvalid(bool invalid)
{
    m_invalid = invalid;
    updateInvalidState();
}

void MediaDropZone::updateInvalidState()
{
    // A refused input marks the zone as much as a validation issue does.
    const bool invalid = m_invalid || !m_error.isEmpty();
    if (property("invalid").toBool() == invalid)
        return;
    setProperty("invalid", invalid);
    update();
}

void MediaDropZone::setMedia(const MediaRef &media)
{
    if (media.isLocal() && !QFileInfo::exists(media.localPath) && media.url.isEmpty()) {
        // Keep the slot empty rather than carry a path no upload can read.
        const bool changed = m_media.isSet();
        m_media = {};
        m_thumbnail = {};
        setError([=] {
            return tr("The image “%1” is no longer on disk; choose it again.")
                .arg(QDir::toNativeSeparators(media.localPath));
        });
        refresh();
        if (changed)
            emit mediaChanged();
        return;
    }
    const bool changed = !(m_media == media);
    m_media = media;
    m_thumbnail = {};
    m_error.clear();
    m_errorWording = {};
    refresh();
    // The file is read on the worker: its thumbnail, and a refusal if it is
    // no longer what the stored request says (damaged, replaced by a pipe).
    if (m_media.isLocal() && QFileInfo::exists(m_media.localPath))
        startCheck(m_media.localPath, true);
    else
        grabVideoFrame();
    if (changed)
        emit mediaChanged();
}

bool MediaDropZone::setLocalFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists() || fi.isDir()) {
        setError([=] { return MediaAcceptance::notAFile(path); });
        emit checkFinished(false);
        return false;
    }
    startCheck(fi.absoluteFilePath(), false);
    return true;
}

void MediaDropZone::startCheck(const QString &path, bool restoring)
{
    if (m_watcher) {
        m_watcher->disconnect(this); // a newer input replaces the one being checked
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<InputCheckResult>(this);
    m_checkingName = QFileInfo(path).fileName();
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this, restoring] { onCheckFinished(restoring); });
    const qreal dpr = devicePixelRatioF();
    const QSize box(int(kThumbnailWidth * dpr), int(kThumbnailHeight * dpr));
    m_watcher->setFuture(InputFileCheck::start(path, m_slot.kind == Kind::Image ? box : QSize()));
    refresh();
}

void MediaDropZone::onCheckFinished(bool restoring)
{
    const InputCheckResult result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_checkingName.clear();
    if (restoring) {
        if (result.path != QFileInfo(m_media.localPath).absoluteFilePath()) {
            refresh();
            return; // the slot holds something else by now
        }
        m_keepUploadOf = m_media; // an upload still valid is kept
        const bool accepted = acceptChecked(result);
        m_keepUploadOf = {};
        if (!accepted) {
            // Refused now although it was fine when the request was made: empty the slot.
            m_media = {};
            m_thumbnail = {};
            refresh();
            emit mediaChanged();
        }
        emit checkFinished(accepted);
        return;
    }
    const QString pasted = std::exchange(m_removeIfRefused, QString());
    const bool accepted = acceptChecked(result);
    if (!accepted && !pasted.isEmpty())
        QFile::remove(pasted);
    emit checkFinished(accepted);
}

bool MediaDropZone::acceptChecked(const InputCheckResult &result)
{
    const MediaInfo &info = result.info;
    const QString name = QFileInfo(result.path).fileName();
    const MediaAcceptance::Slot slot = m_slot;
    const QString why = result.error;
    if (!MediaAcceptance::refusal(slot, name, info, why).isEmpty()) {
        setError([=] { return MediaAcceptance::refusal(slot, name, info, why); });
        return false;
    }
    MediaRef ref;
    ref.localPath = result.path;
    ref.info = info;
    if (m_keepUploadOf.localPath == ref.localPath) {
        ref.url = m_keepUploadOf.url;
        ref.uploadedAt = m_keepUploadOf.uploadedAt;
    }
    const bool changed = !(m_media == ref) || !sameFacts(m_media.info, ref.info);
    m_media = ref;
    m_thumbnail = {};
    if (m_slot.kind == Kind::Image) {
        const qreal dpr = devicePixelRatioF();
        m_thumbnail = QPixmap::fromImage(result.thumbnail.scaled(
            thumbnailSize() * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_thumbnail.setDevicePixelRatio(dpr);
    }
    m_error.clear();
    m_errorWording = {};
    if (m_slot.kind == Kind::Video) {
        qCDebug(lcUi) << "video accepted" << ref.localPath << info.width << info.height
                      << info.durationSeconds << info.fps;
    } else {
        qCDebug(lcUi) << "image accepted" << ref.localPath << info.width << info.height;
    }
    refresh();
    if (m_slot.kind == Kind::Video)
        grabVideoFrame();
    if (changed)
        emit mediaChanged();
    return true;
}

bool MediaDropZone::setRemoteUrl(const QString &url)
{
    const QUrl parsed = MediaAcceptance::remoteLink(m_slot, url, nullptr);
    if (!parsed.isValid()) {
        setError([=] {
            QString why;
            MediaAcceptance::remoteLink(m_slot, url, &why);
            return why;
        });
        return false;
    }
    MediaRef ref;
    ref.url = parsed.toString(QUrl::FullyEncoded);
    const bool changed = !(m_media == ref);
    m_media = ref;
    m_thumbnail = {};
    m_error.clear();
    m_errorWording = {};
    refresh();
    if (changed)
        emit mediaChanged();
    return true;
}

void MediaDropZone::clear()
{
    if (m_watcher) {
        m_watcher->disconnect(this); // the file being checked is not wanted any more
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_checkingName.clear();
    }
    const bool changed = m_media.isSet();
    m_media = {};
    m_thumbnail = {};
    m_error.clear();
    m_errorWording = {};
    refresh();
    if (changed)
        emit mediaChanged();
}

bool MediaDropZone::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime) {
        setError([=] { return tr("The clipboard is empty."); });
        return false;
    }
    return pasteFrom(mime);
}

bool MediaDropZone::pasteFrom(const QMimeData *mime)
{
    return acceptMime(mime, false);
}

bool MediaDropZone::canAccept(const QMimeData *mime) const
{
    return DroppedMedia::offersSomething(mime, m_slot.kind == Kind::Image);
}

bool MediaDropZone::acceptMime(const QMimeData *mime, bool fromDrop)
{
    if (!mime) {
        setError([=] { return tr("Nothing to use here."); });
        return false;
    }
    const DroppedMedia media = DroppedMedia::read(mime, m_slot.kind == Kind::Image);
    switch (media.kind) {
    case DroppedMedia::Kind::LocalFile:
        return setLocalFile(media.location);
    case DroppedMedia::Kind::RemoteUrl:
        return setRemoteUrl(media.location);
    case DroppedMedia::Kind::Pixels:
        return acceptImageData(media.pixels);
    case DroppedMedia::Kind::Nothing:
        break;
    }
    if (m_slot.kind == Kind::Video) {
        setError([=] {
            return fromDrop ? tr("Only video files and https video links can be dropped here.")
                            : tr("The clipboard holds no video file or https video link.");
        });
        return false;
    }
    setError([=] {
        return fromDrop ? tr("Only images, image files and https image links can be dropped here.")
                        : tr("The clipboard holds no image, image file or https image link.");
    });
    return false;
}

bool MediaDropZone::acceptImageData(const QImage &image)
{
    QString failed;
    bool folderFailed = false;
    const QString path = DroppedMedia::savePixels(image, &failed, &folderFailed);
    if (path.isEmpty()) {
        const QString shown = QDir::toNativeSeparators(failed);
        setError([=] {
            return folderFailed ? tr("Could not create the folder for pasted images: %1").arg(shown)
                                : tr("Could not save the pasted image to %1.").arg(shown);
        });
        return false;
    }
    if (!setLocalFile(path)) {
        QFile::remove(path);
        return false;
    }
    m_removeIfRefused = path; // removed if the check refuses it
    return true;
}

void MediaDropZone::chooseFile()
{
    if (m_slot.kind == Kind::Video) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a video"),
            FileDialogStartDir::forLocation(QStandardPaths::MoviesLocation),
            tr("Videos (*.mp4 *.mov)") + QStringLiteral(";;") + tr("All files (*)"));
        if (path.isEmpty())
            return;
        FileDialogStartDir::remember(path);
        setLocalFile(path);
        return;
    }
    const QString filter = m_slot.allowWebp ? tr("Images (*.jpg *.jpeg *.png *.webp)")
                                            : tr("Images (*.jpg *.jpeg *.png)");
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an image"),
        FileDialogStartDir::forLocation(QStandardPaths::PicturesLocation),
        filter + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    FileDialogStartDir::remember(path);
    setLocalFile(path);
}

void MediaDropZone::setError(std::function<QString()> wording)
{
    // Kept as wording, not text: a language switch words it again.
    m_errorWording = std::move(wording);
    const QString message = m_errorWording ? m_errorWording() : QString();
    m_error = message;
    if (!message.isEmpty())
        qCInfo(lcUi) << "image refused:" << message;
    refresh();
    if (!message.isEmpty())
        emit refused(message);
}

void MediaDropZone::setDragActive(bool active)
{
    if (property("dragActive").toBool() == active)
        return;
    setProperty("dragActive", active);
    update();
}

void MediaDropZone::paintEvent(QPaintEvent *)
{
    // A dashed outline says "drop here"; a solid one marks focus, red a
    // problem; a drag over the zone thickens it and lifts the background.
    const bool dragActive = property("dragActive").toBool();
    const bool invalid = property("invalid").toBool();
    QColor border = palette().color(QPalette::Mid);
    qreal width = 1;
    Qt::PenStyle line = Qt::DashLine;
    if (invalid) {
        border = Theme::errorTone();
        line = Qt::SolidLine;
    } else if (dragActive) {
        border = palette().color(QPalette::Highlight);
        width = 2;
    } else if (hasFocus()) {
        border = palette().color(QPalette::Highlight);
        line = Qt::SolidLine;
    }

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = rect();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(dragActive ? QPalette::AlternateBase : QPalette::Base));
    if (line == Qt::DashLine && width == 1) {
        // The quiet resting outline: fine dots, half-blended into both the
        // zone and what surrounds it, so an empty form is not a grid of boxes.
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), kZoneRadius - 0.5,
                                kZoneRadius - 0.5);
        border.setAlphaF(0.5);
    } else {
        painter.drawRoundedRect(box, kZoneRadius, kZoneRadius);
    }
    QPen pen(border, width, line);
    if (line == Qt::DashLine)
        pen.setDashPattern({1, 2});
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal inset = width / 2;
    painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), kZoneRadius - inset,
                            kZoneRadius - inset);
}

QString MediaDropZone::formatBytes(qint64 bytes)
{
    // Non-breaking, so "8.7 KB" never wraps between the number and its unit.
    return ByteSizeText::format(bytes).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString MediaDropZone::describeInfo() const
{
    if (!m_media.isLocal()) {
        const QUrl url(m_media.url);
        return tr("Link on %1 · the server downloads it when the job starts").arg(url.host());
    }
    if (!QFileInfo::exists(m_media.localPath))
        return tr("The original file is gone; the uploaded copy is used");
    const MediaInfo &info = m_media.info;
    if (m_slot.kind == Kind::Video) {
        QStringList facts {mediaFormatName(info.format)};
        if (info.width > 0 && info.height > 0)
            facts << QStringLiteral("%1\u00a0×\u00a0%2").arg(info.width).arg(info.height);
        facts << (info.durationSeconds > 0
                      ? fact(tr("%1 s").arg(QLocale().toString(info.durationSeconds, 'f', 1)))
                      : fact(tr("length unknown")));
        if (info.fps > 0)
            facts << fact(tr("%1 fps").arg(QLocale().toString(info.fps, 'g', 4)));
        facts << formatBytes(info.bytes);
        return facts.join(QStringLiteral(" · "));
    }
    // Non-breaking inside each fact, so a narrow zone wraps only between facts.
    const QString dimensions = QStringLiteral("%1\u00a0×\u00a0%2").arg(info.width).arg(info.height);
    return tr("%1 · %2 · %3")
        .arg(mediaFormatName(info.format), dimensions, formatBytes(info.bytes));
}

void MediaDropZone::updateElidedName()
{
    QString full;
    if (m_media.isLocal())
        full = QFileInfo(m_media.localPath).fileName();
    else if (m_media.isSet())
        full = m_media.url;
    const int width = qMax(40, m_nameLabel->width());
    m_nameLabel->setText(m_nameLabel->fontMetrics().elidedText(full, Qt::ElideMiddle, width));
    m_nameLabel->setToolTip(m_media.isLocal() ? QDir::toNativeSeparators(m_media.localPath)
                                              : m_media.url);
}

void MediaDropZone::refresh()
{
    const bool filled = m_media.isSet();
    m_emptyPage->setVisible(!filled);
    m_filledPage->setVisible(filled);
    const QSize thumb = thumbnailSize();
    m_thumbLabel->setFixedSize(thumb.width() + 2, thumb.height() + 2);
    if (filled) {
        if (!m_thumbnail.isNull()) {
            m_thumbLabel->setPixmap(m_thumbnail);
        } else {
            const int side = m_compact ? 28 : 40;
            const QStyle::StandardPixmap icon = !m_media.isLocal() ? QStyle::SP_DriveNetIcon
                : m_slot.kind == Kind::Video                       ? QStyle::SP_MediaPlay
                                                                   : QStyle::SP_FileIcon;
            m_thumbLabel->setPixmap(style()->standardIcon(icon).pixmap(side, side));
        }
        m_detailsLabel->setText(describeInfo());
        updateElidedName();
    }
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_checkingLabel->setText(m_checkingName.isEmpty() ? QString()
                                                      : tr("Checking “%1”…").arg(m_checkingName));
    m_checkingLabel->setVisible(!m_checkingName.isEmpty());
    updateInvalidState();
    updateGeometry();
}

void MediaDropZone::retranslate()
{
    if (m_errorWording)
        m_error = m_errorWording();
    m_titleLabel->setText(m_title);
    m_titleLabel->setVisible(!m_title.isEmpty());
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    m_chooseButton->setText(tr("Choose…"));
    m_pasteButton->setText(tr("Paste"));
    m_replaceButton->setText(tr("Replace…"));
    if (m_slot.kind == Kind::Video) {
        m_emptyHint->setText(tr("Drop a video here, paste a link or choose a file"));
        m_chooseButton->setToolTip(tr("Pick an MP4 or MOV file"));
        m_pasteButton->setToolTip(
            tr("Use the video file or https video link on the clipboard (%1)").arg(pasteKey));
        m_removeButton->setToolTip(tr("Remove this video"));
        m_removeButton->setAccessibleName(tr("Remove video"));
        setAccessibleName(m_title.isEmpty() ? tr("Video drop zone") : m_title);
    } else {
        m_emptyHint->setText(tr("Drop an image here, paste it or choose a file"));
        m_chooseButton->setToolTip(m_slot.allowWebp ? tr("Pick a JPG, PNG or WEBP file")
                                                    : tr("Pick a JPG or PNG file"));
        m_pasteButton->setToolTip(
            tr("Use the image or https image link on the clipboard (%1)").arg(pasteKey));
        m_removeButton->setToolTip(tr("Remove this image"));
        m_removeButton->setAccessibleName(tr("Remove image"));
        setAccessibleName(m_title.isEmpty() ? tr("Image drop zone") : m_title);
    }
    // Each limit stays on one line; a narrow zone wraps between them.
    QStringList limits = MediaAcceptance::limits(m_slot);
    for (QString &limit : limits)
        limit = fact(limit);
    m_limitsHint->setText(limits.join(QStringLiteral(" · ")));
    if (m_media.isSet())
        m_detailsLabel->setText(describeInfo());
    m_errorLabel->setText(m_error);
}

void MediaDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (canAccept(event->mimeData())) {
        event->acceptProposedAction();
        setDragActive(true);
    } else {
        event->ignore();
    }
}

void MediaDropZone::dragMoveEvent(QDragMoveEvent *event)
{
    if (canAccept(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MediaDropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDragActive(false);
    QFrame::dragLeaveEvent(event);
}

void MediaDropZone::dropEvent(QDropEvent *event)
{
    setDragActive(false);
    if (!canAccept(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    acceptMime(event->mimeData(), true);
}

void MediaDropZone::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_media.isSet()) {
        clear();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MediaDropZone::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool MediaDropZone::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nameLabel && event->type() == QEvent::Resize && m_media.isSet())
        updateElidedName();
    return QFrame::eventFilter(watched, event);
}

} // namespace ks
