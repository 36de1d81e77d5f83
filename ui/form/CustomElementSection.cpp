#include "form/CustomElementSection.h"

#include "core/RequestValidator.h"
#include "form/FieldLevel.h"
#include "form/MediaDropZone.h"
#include "form/ReferenceImagesPanel.h"
#include "style/Theme.h"
#include "ui_CustomElementSection.h"
#include "widgets/ErrorOutline.h"

#include <QEvent>

namespace ks {

namespace {
// Corner radius of the red ring around an invalid line edit, close to its own.
constexpr int kLineEditRadius = 3;
} // namespace

class CustomElementSection::Private
{
public:
    void retranslate(CustomElementSection *q);
    void refresh();
    void refreshCounters();

    Ui::CustomElementSection ui;
};

void CustomElementSection::Private::retranslate(CustomElementSection *q)
{
    ui.retranslateUi(q);
    ui.elementAngles->setTitle(CustomElementSection::tr("Other angles (1 to 3)"));
    ui.elementAngles->setHint(CustomElementSection::tr(
        "Required, like the frontal image: EvoLink makes no element from images without both."));
    refreshCounters();
}

void CustomElementSection::Private::refresh()
{
    const bool fromVideo = ui.elementFromVideo->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> {ui.elementFrontalLabel,
                                                        ui.elementFrontalZone, ui.elementAngles})
        w->setVisible(!fromVideo);
    for (QWidget *w : std::initializer_list<QWidget *> {ui.elementVideoLabel, ui.elementVideoZone,
                                                        ui.elementVideoNote, ui.elementVoiceLabel,
                                                        ui.elementVoiceEdit})
        w->setVisible(fromVideo);
    refreshCounters();
}

void CustomElementSection::Private::refreshCounters()
{
    auto counter = [](QLabel *label, const QString &text, int max) {
        const int length = RequestValidator::promptLength(text.trimmed());
        label->setText(CustomElementSection::tr("%1 / %2").arg(length).arg(max));
        FieldLevel::set(label, length > max ? QStringLiteral("error") : QString(),
                        Theme::Tone::Normal);
    };
    counter(ui.elementNameCounter, ui.elementNameEdit->text(), RequestValidator::kMaxElementName);
    counter(ui.elementDescriptionCounter, ui.elementDescriptionEdit->text(),
            RequestValidator::kMaxElementDescription);
}

CustomElementSection::CustomElementSection(QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    d->ui.elementAngles->setMaxCount(RequestValidator::kMaxElementAngles);
    d->ui.elementVideoZone->setKind(MediaDropZone::Kind::Video);
    d->ui.elementVideoZone->setVideoUse(RequestValidator::VideoUse::Element);
    Theme::setTone(d->ui.elementIntro, Theme::Tone::Muted);
    d->retranslate(this);
    d->refresh();

    auto onChange = [this] {
        d->refresh();
        emit changed();
    };
    connect(d->ui.elementFrontalZone, &MediaDropZone::mediaChanged, this, onChange);
    connect(d->ui.elementAngles, &ReferenceImagesPanel::changed, this, onChange);
    connect(d->ui.elementVideoZone, &MediaDropZone::mediaChanged, this,
            &CustomElementSection::videoChanged);
    connect(d->ui.elementVideoZone, &MediaDropZone::refused, this,
            &CustomElementSection::videoRefused);
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *> {d->ui.elementFromImages, d->ui.elementFromVideo})
        connect(button, &QAbstractButton::toggled, this, onChange);
    for (QLineEdit *edit :
         {d->ui.elementNameEdit, d->ui.elementDescriptionEdit, d->ui.elementVoiceEdit})
        connect(edit, &QLineEdit::textChanged, this, onChange);
}

CustomElementSection::~CustomElementSection() = default;

MediaDropZone *CustomElementSection::frontalZone() const
{
    return d->ui.elementFrontalZone;
}

ReferenceImagesPanel *CustomElementSection::anglesPanel() const
{
    return d->ui.elementAngles;
}

MediaDropZone *CustomElementSection::videoZone() const
{
    return d->ui.elementVideoZone;
}

bool CustomElementSection::fromVideo() const
{
    return d->ui.elementFromVideo->isChecked();
}

void CustomElementSection::chooseImages()
{
    d->ui.elementFromImages->setChecked(true);
}

void CustomElementSection::load(const GenerationRequest &request)
{
    const bool element = request.mode == Mode::CustomElement;
    {
        const QSignalBlocker b1(d->ui.elementFrontalZone);
        const QSignalBlocker b2(d->ui.elementVideoZone);
        const QSignalBlocker b3(d->ui.elementAngles);
        auto load = [](MediaDropZone *zone, const MediaRef &media) {
            if (media.isSet())
                zone->setMedia(media);
            else
                zone->clear();
        };
        load(d->ui.elementFrontalZone, element ? request.elementFrontal : MediaRef {});
        d->ui.elementAngles->setMedia(element ? request.elementAngles : QList<MediaRef> {});
        load(d->ui.elementVideoZone, element ? request.elementVideo : MediaRef {});
    }
    const QSignalBlocker b1(d->ui.elementFromImages);
    const QSignalBlocker b2(d->ui.elementFromVideo);
    const QSignalBlocker b3(d->ui.elementNameEdit);
    const QSignalBlocker b4(d->ui.elementDescriptionEdit);
    const QSignalBlocker b5(d->ui.elementVoiceEdit);
    d->ui.elementFromVideo->setChecked(request.elementUsesVideo());
    d->ui.elementFromImages->setChecked(!request.elementUsesVideo());
    d->ui.elementNameEdit->setText(request.elementName);
    d->ui.elementDescriptionEdit->setText(request.elementDescription);
    d->ui.elementVoiceEdit->setText(request.elementVoiceId);
    d->refresh();
}

void CustomElementSection::fill(GenerationRequest &request) const
{
    request.elementName = d->ui.elementNameEdit->text();
    request.elementDescription = d->ui.elementDescriptionEdit->text();
    if (d->ui.elementFromVideo->isChecked()) {
        request.elementVideo = d->ui.elementVideoZone->media();
        request.elementVoiceId = d->ui.elementVoiceEdit->text();
    } else {
        request.elementFrontal = d->ui.elementFrontalZone->media();
        request.elementAngles = d->ui.elementAngles->media();
    }
}

void CustomElementSection::showIssues(bool nameBad, bool descriptionBad)
{
    ErrorOutline::setShown(d->ui.elementNameEdit,
                           nameBad && !d->ui.elementNameEdit->text().isEmpty(), kLineEditRadius);
    ErrorOutline::setShown(d->ui.elementDescriptionEdit,
                           descriptionBad && !d->ui.elementDescriptionEdit->text().isEmpty(),
                           kLineEditRadius);
}

void CustomElementSection::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->retranslate(this);
        break;
    case QEvent::PaletteChange:
        Theme::setTone(d->ui.elementIntro, Theme::Tone::Muted);
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace ks
