#include "form/ReferenceImagesPanel.h"

#include "form/MediaDropZone.h"
#include "widgets/TextLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ks {

ReferenceImagesPanel::ReferenceImagesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_titleLabel = new TextLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("referenceTitle"));
    QFont titleFont = m_titleLabel->font(); // a section title, like the form's
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_countLabel = new TextLabel(this);
    m_countLabel->setObjectName(QStringLiteral("referenceCount"));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_titleLabel);
    header->addStretch();
    header->addWidget(m_countLabel);
    layout->addLayout(header);

    m_hintLabel = new TextLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("referenceHint"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->hide();
    layout->addWidget(m_hintLabel);

    m_slotLayout = new QVBoxLayout;
    m_slotLayout->setSpacing(6);
    layout->addLayout(m_slotLayout);

    m_adder = new MediaDropZone(this);
    m_adder->setObjectName(QStringLiteral("referenceAdder"));
    m_adder->setCompact(true);
    layout->addWidget(m_adder);

    m_fullLabel = new TextLabel(this);
    m_fullLabel->setObjectName(QStringLiteral("referenceFull"));
    m_fullLabel->setWordWrap(true);
    m_fullLabel->setForegroundRole(QPalette::PlaceholderText);
    m_fullLabel->hide();
    layout->addWidget(m_fullLabel);

    connect(m_adder, &MediaDropZone::mediaChanged, this, &ReferenceImagesPanel::onAdderChanged);
    refresh();
}

ReferenceImagesPanel::~ReferenceImagesPanel() = default;

QList<MediaRef> ReferenceImagesPanel::media() const
{
    QList<MediaRef> result;
    for (const MediaDropZone *slot : m_slots)
        result << slot->media();
    return result;
}

int ReferenceImagesPanel::count() const
{
    return int(m_slots.size());
}

void ReferenceImagesPanel::setMedia(const QList<MediaRef> &media)
{
    for (MediaDropZone *slot : std::as_const(m_slots))
        delete slot;
    m_slots.clear();
    for (const MediaRef &ref : media) {
        MediaDropZone *slot = addSlot(ref);
        // A stored file that is gone leaves an empty slot with its message: say it once, here.
        if (!slot->media().isSet()) {
            m_adder->setMedia(ref);
            m_slots.removeOne(slot);
            delete slot;
        }
    }
    refresh();
}

void ReferenceImagesPanel::clear()
{
    const bool had = !m_slots.isEmpty();
    setMedia({});
    if (had)
        emit changed();
}

bool ReferenceImagesPanel::addLocalFile(const QString &path)
{
    if (count() >= m_max)
        return false;
    return m_adder->setLocalFile(path); // onAdderChanged moves it into a slot
}

void ReferenceImagesPanel::setMaxCount(int max)
{
    m_max = max;
    refresh();
}

void ReferenceImagesPanel::setAllowWebp(bool allow)
{
    m_allowWebp = allow;
    m_adder->setAllowWebp(allow);
    for (MediaDropZone *slot : std::as_const(m_slots))
        slot->setAllowWebp(allow);
}

void ReferenceImagesPanel::setTitle(const QString &title)
{
    m_title = title;
    m_titleLabel->setText(title);
    m_adder->setAccessibleName(title);
}

void ReferenceImagesPanel::setHint(const QString &hint)
{
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

QString ReferenceImagesPanel::errorText() const
{
    return m_adder->errorText();
}

MediaDropZone *ReferenceImagesPanel::addSlot(const MediaRef &media)
{
    auto *slot = new MediaDropZone(this);
    slot->setObjectName(QStringLiteral("referenceSlot"));
    slot->setCompact(true);
    slot->setAllowWebp(m_allowWebp);
    slot->setMedia(media);
    m_slotLayout->addWidget(slot);
    m_slots << slot;
    connect(slot, &MediaDropZone::mediaChanged, this, [this, slot] {
        if (!slot->media().isSet()) {
            // Removed: the following images move up (and their numbers with them).
            m_slots.removeOne(slot);
            slot->deleteLater();
            slot->hide();
        }
        refresh();
        emit changed();
    });
    return slot;
}

void ReferenceImagesPanel::onAdderChanged()
{
    const MediaRef ref = m_adder->media();
    if (!ref.isSet())
        return;
    {
        const QSignalBlocker blocker(m_adder);
        m_adder->clear();
    }
    addSlot(ref);
    refresh();
    emit changed();
}

void ReferenceImagesPanel::relabel()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        const QString label = m_itemFormat.isEmpty() ? QString() : m_itemFormat.arg(i + 1);
        m_slots.at(i)->setToolTip(label);
        m_slots.at(i)->setAccessibleName(label.isEmpty() ? m_title : label);
    }
}

void ReferenceImagesPanel::refresh()
{
    m_countLabel->setText(tr("%1 / %2").arg(count()).arg(m_max));
    const bool full = count() >= m_max;
    m_adder->setVisible(!full);
    m_fullLabel->setText(
        tr("That is the most this slot takes (%1); remove one to add another.").arg(m_max));
    m_fullLabel->setVisible(full && m_max > 0);
    relabel();
}

void ReferenceImagesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ks
