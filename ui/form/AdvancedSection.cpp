#include "form/AdvancedSection.h"

#include "form/ElementPicker.h"
#include "form/ShotListEditor.h"
#include "style/Theme.h"
#include "ui_AdvancedSection.h"
#include "widgets/ErrorOutline.h"

#include <QEvent>

namespace ks {

namespace {
// Corner radius of the red ring around an invalid line edit, close to its own.
constexpr int kLineEditRadius = 3;
} // namespace

class AdvancedSection::Private
{
public:
    Ui::AdvancedSection ui;
    Mode mode = Mode::TextToVideo;
};

AdvancedSection::AdvancedSection(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    Theme::setTone(d->ui.callbackHint, Theme::Tone::Muted);
    setMode(d->mode);

    connect(d->ui.multiShotCheck, &QCheckBox::toggled, this, &AdvancedSection::multiShotToggled);
    connect(d->ui.shotEditor, &ShotListEditor::changed, this, &AdvancedSection::changed);
    connect(d->ui.elementPicker, &ElementPicker::changed, this, &AdvancedSection::changed);
    connect(d->ui.elementPicker, &ElementPicker::manageRequested, this,
            &AdvancedSection::manageLibraryRequested);
    connect(d->ui.watermarkCheck, &QCheckBox::toggled, this, &AdvancedSection::watermarkToggled);
    connect(d->ui.callbackEdit, &QLineEdit::textChanged, this, &AdvancedSection::changed);
}

AdvancedSection::~AdvancedSection() = default;

ShotListEditor *AdvancedSection::shotEditor() const
{
    return d->ui.shotEditor;
}

bool AdvancedSection::multiShotOn() const
{
    return d->ui.multiShotCheck->isChecked();
}

QList<ElementRef> AdvancedSection::elements() const
{
    return d->ui.elementPicker->elements();
}

QString AdvancedSection::callbackText() const
{
    return d->ui.callbackEdit->text();
}

void AdvancedSection::setLibrary(ElementLibrary *library)
{
    d->ui.elementPicker->setLibrary(library);
}

void AdvancedSection::setMode(Mode mode)
{
    d->mode = mode;
    const bool element = mode == Mode::CustomElement;
    d->ui.multiShotBox->setVisible(ModeInfo::supportsMultiShot(mode));
    d->ui.elementsBox->setVisible(!element);
    d->ui.watermarkCheck->setVisible(!element);
}

void AdvancedSection::load(const GenerationRequest &request)
{
    const QSignalBlocker b1(d->ui.multiShotCheck);
    const QSignalBlocker b2(d->ui.shotEditor);
    const QSignalBlocker b3(d->ui.elementPicker);
    const QSignalBlocker b4(d->ui.watermarkCheck);
    const QSignalBlocker b5(d->ui.callbackEdit);
    d->ui.multiShotCheck->setChecked(request.multiShot);
    d->ui.shotEditor->setShots(request.shots);
    d->ui.elementPicker->setElements(request.elements);
    d->ui.watermarkCheck->setChecked(request.watermark.value_or(false));
    d->ui.callbackEdit->setText(request.callbackUrl);
}

void AdvancedSection::fill(GenerationRequest &request) const
{
    request.callbackUrl = callbackText().trimmed();
    if (ModeInfo::supportsMultiShot(request.mode) && multiShotOn()) {
        request.multiShot = true;
        request.shots = d->ui.shotEditor->shots();
    }
    if (request.mode != Mode::CustomElement)
        request.elements = elements();
}

void AdvancedSection::setWatermarkChecked(bool on)
{
    const QSignalBlocker blocker(d->ui.watermarkCheck);
    d->ui.watermarkCheck->setChecked(on);
}

QStringList AdvancedSection::activeSettings(Mode mode, std::optional<bool> watermark) const
{
    QStringList active;
    if (ModeInfo::supportsMultiShot(mode) && multiShotOn())
        active << tr("shots: %1").arg(d->ui.shotEditor->shots().size());
    if (mode != Mode::CustomElement && !elements().isEmpty())
        active << tr("elements: %1").arg(elements().size());
    if (mode != Mode::CustomElement && watermark)
        active << (*watermark ? tr("watermark on") : tr("watermark off"));
    if (!callbackText().trimmed().isEmpty())
        active << tr("callback");
    return active;
}

void AdvancedSection::showCallbackIssue(bool bad)
{
    ErrorOutline::setShown(d->ui.callbackEdit, bad, kLineEditRadius);
}

void AdvancedSection::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->ui.retranslateUi(this);
        break;
    case QEvent::PaletteChange:
        Theme::setTone(d->ui.callbackHint, Theme::Tone::Muted);
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace ks
