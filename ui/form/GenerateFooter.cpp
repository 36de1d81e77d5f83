#include "form/GenerateFooter.h"

#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "jobs/JobManager.h"
#include "style/Theme.h"
#include "ui_GenerateFooter.h"

#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace ks {

namespace {

// How long Generate stays off after a click, counted from when the request
// was handed over (and journaled): the rest of a double or triple click, and
// clicks queued while the journal was written, land on a disabled button.
constexpr int kGenerateCooldownMs = 1000;

QString shortcutText()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
}

} // namespace

class GenerateFooter::Private
{
public:
    void refreshMutedPalette();
    void applyState();

    void showEstimate();

    Ui::GenerateFooter ui;
    std::optional<Estimate> estimate; // of one take
    double creditsPerUsd = 0;
    bool enabled = true;
    QString message;
    bool coolingDown = false; // Generate was just clicked (kGenerateCooldownMs)
};

void GenerateFooter::Private::refreshMutedPalette()
{
    // Secondary text, in light and dark themes.
    for (QLabel *label :
         {ui.estimateCaption, ui.estimateFormula, ui.estimateDriver, ui.estimateUsd})
        Theme::setTone(label, Theme::Tone::Muted);
}

void GenerateFooter::Private::applyState()
{
    // The form's words before the footer was its own class: their context is
    // kept, so the catalogue and the tests' translators still find them.
    ui.generateButton->setText(QCoreApplication::translate("GenerationForm", "Generate"));
    ui.generateButton->setEnabled(enabled && !coolingDown);
    ui.generateButton->setToolTip(
        enabled ? GenerateFooter::tr("Start the generation (%1)").arg(shortcutText())
                : GenerateFooter::tr("%1\nGenerate: %2").arg(message, shortcutText()));
}

GenerateFooter::GenerateFooter(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    QFont creditsFont = d->ui.estimateCredits->font();
    creditsFont.setPointSizeF(creditsFont.pointSizeF() * 1.9);
    creditsFont.setWeight(QFont::Bold);
    d->ui.estimateCredits->setFont(creditsFont);
    // The dollar figure keeps the base font: a size of its own would be one
    // more font engine to load before the first paint.
    QFont smallFont = d->ui.estimateFormula->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.92);
    d->ui.estimateFormula->setFont(smallFont);
    d->ui.estimateDriver->setFont(smallFont);
    QFont buttonFont = d->ui.generateButton->font();
    // The history header's size: one font engine less to load at start.
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.15);
    d->ui.generateButton->setFont(buttonFont);
    d->refreshMutedPalette();
    d->applyState();
    connect(d->ui.generateButton, &QPushButton::clicked, this, &GenerateFooter::trigger);
    d->ui.takesSpin->setMaximum(JobManager::kMaxTakes);
    connect(d->ui.takesSpin, &QSpinBox::valueChanged, this, [this] { d->showEstimate(); });
}

int GenerateFooter::takes() const
{
    return d->ui.takesSpin->value();
}

void GenerateFooter::setTakes(int takes)
{
    d->ui.takesSpin->setValue(takes);
}

GenerateFooter::~GenerateFooter() = default;

void GenerateFooter::showEstimate(const Estimate &estimate, double creditsPerUsd)
{
    d->estimate = estimate;
    d->creditsPerUsd = creditsPerUsd;
    d->showEstimate();
}

void GenerateFooter::Private::showEstimate()
{
    if (!estimate || !estimate->valid) {
        ui.estimateCredits->setText(GenerateFooter::tr("— credits"));
        ui.estimateCredits->setToolTip(QString());
        ui.estimateUsd->clear();
        ui.estimateFormula->setText(GenerateFooter::tr("No price is known for these settings."));
        ui.estimateDriver->clear();
        ui.estimateDriver->hide();
        return;
    }
    // Every take is charged: the figures are for all of them.
    const int takes = ui.takesSpin->value();
    const qint64 totalUc = estimate->totalUc * takes;
    // Two decimals shown, the exact figure in the tooltip (MoneyText).
    const QString credits = QCoreApplication::translate("ks::GenerationForm", "%1 credits")
                                .arg(MoneyText::creditsUc(totalUc));
    ui.estimateCredits->setText(
        takes > 1 ? GenerateFooter::tr("%n takes · %1", nullptr, takes).arg(credits) : credits);
    ui.estimateCredits->setToolTip(MoneyText::creditsToolTipUc(totalUc));
    if (creditsPerUsd > 0) {
        const double usd = estimate->usd(creditsPerUsd) * takes;
        ui.estimateUsd->setText(GenerateFooter::tr("≈ %1").arg(MoneyText::usd(usd)));
        ui.estimateUsd->setToolTip(
            GenerateFooter::tr("About %1, at %2 credits per US dollar. Credits are what is billed.")
                .arg(MoneyText::exactUsd(usd), QLocale().toString(creditsPerUsd)));
        ui.estimateUsd->show();
    } else {
        ui.estimateUsd->clear();
        ui.estimateUsd->hide();
    }
    ui.estimateFormula->setText(takes > 1 ? GenerateFooter::tr("%1 takes × (%2)")
                                                .arg(QLocale().toString(takes), estimate->formula)
                                          : estimate->formula);
    ui.estimateDriver->setText(estimate->driver.isEmpty()
                                   ? QString()
                                   : GenerateFooter::tr("Price set by: %1").arg(estimate->driver));
    ui.estimateDriver->setVisible(!estimate->driver.isEmpty());
}

void GenerateFooter::showState(bool enabled, const QString &message, const QString &details)
{
    d->ui.validationLabel->setText(message);
    d->ui.validationLabel->setToolTip(details);
    d->ui.validationLabel->setVisible(!message.isEmpty());
    d->enabled = enabled;
    d->message = message;
    d->applyState();
}

void GenerateFooter::trigger()
{
    QPushButton *button = d->ui.generateButton;
    if (!button->isEnabled() || d->coolingDown)
        return;
    // Off from the click on: the request is journaled before the signal
    // returns, and the clicks that follow (or were queued meanwhile) must
    // not hand it over again.
    d->coolingDown = true;
    const bool hadFocus = button->hasFocus();
    button->setEnabled(false);
    // Disabling a focused button moves the focus on; it comes back after the
    // pause unless something else took it meanwhile.
    const QPointer<QWidget> focusMovedTo = hadFocus ? QApplication::focusWidget() : nullptr;
    QPointer<GenerateFooter> self(this);
    emit generateClicked();
    if (!self)
        return;
    // Counted from here, so a slow journal write does not shorten it.
    QTimer::singleShot(kGenerateCooldownMs, this, [this, button, hadFocus, focusMovedTo] {
        d->coolingDown = false;
        d->applyState();
        if (hadFocus && button->isEnabled() && QApplication::focusWidget() == focusMovedTo.data())
            button->setFocus(Qt::OtherFocusReason);
    });
}

void GenerateFooter::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->ui.retranslateUi(this);
        d->applyState();
        d->showEstimate();
        break;
    case QEvent::PaletteChange:
        d->refreshMutedPalette();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace ks
