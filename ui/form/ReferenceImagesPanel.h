#pragma once
// A list of image slots (reference images, a custom element's other angles):
// one empty zone takes new images by drop, paste or file dialog; each accepted
// image gets its own compact slot with replace and remove, up to a maximum.

#include "core/MediaRef.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ks {

class MediaDropZone;

class ReferenceImagesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceImagesPanel)
public:
    explicit ReferenceImagesPanel(QWidget *parent = nullptr);
    ~ReferenceImagesPanel() override;

    QList<MediaRef> media() const;
    void setMedia(const QList<MediaRef> &media);
    int count() const;
    void clear();

    // Probes and checks a local file like a drop would; false with the reason shown.
    bool addLocalFile(const QString &path);
    void setMaxCount(int max);
    int maxCount() const { return m_max; }
    void setAllowWebp(bool allow);
    // "Reference images"; the counter "2 / 4" follows it.
    void setTitle(const QString &title);
    // Shown under the title (e.g. what <<<image_N>>> numbering means); may be empty.
    void setHint(const QString &hint);
    // Label for item i (0-based) in its tooltip, e.g. "<<<image_1>>>".
    void setItemLabelFormat(const QString &format)
    {
        m_itemFormat = format;
        relabel();
    }
    // The empty zone that takes the next image.
    MediaDropZone *adder() const { return m_adder; }
    QString errorText() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    MediaDropZone *addSlot(const MediaRef &media);
    void onAdderChanged();
    void relabel();
    void refresh();

    QList<MediaDropZone *> m_slots;
    MediaDropZone *m_adder = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_fullLabel = nullptr;
    QVBoxLayout *m_slotLayout = nullptr;
    QString m_title;
    QString m_itemFormat;
    int m_max = 4;
    bool m_allowWebp = false;
};

} // namespace ks
