#include "form/PromptSection.h"

#include "core/PromptReferences.h"
#include "core/RequestValidator.h"
#include "form/FieldLevel.h"
#include "jobs/ElementLibrary.h"
#include "style/Theme.h"
#include "ui_PromptSection.h"
#include "widgets/ErrorOutline.h"

#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QTextCursor>

namespace ks {

namespace {
// Corner radius of the red ring around an invalid prompt, close to the box's own.
constexpr int kPromptEditRadius = 4;
} // namespace

class PromptSection::Private
{
public:
    void retranslate(PromptSection *q);
    void refreshCounter();
    void insertToken(const QString &token);

    Ui::PromptSection ui;
    QMenu *menu = nullptr;
    Mode mode = Mode::TextToVideo;
    QPointer<QPlainTextEdit> tokenTarget; // the prompt box a token goes into
};

void PromptSection::Private::retranslate(PromptSection *q)
{
    ui.retranslateUi(q);
    // The button and the label keep the form's contexts (the label's plain
    // text is the form's Designer string), so the catalogue and the tests'
    // translators still find them.
    ui.insertReferenceButton->setText(
        QCoreApplication::translate("ks::GenerationForm", "Insert reference"));
    ui.insertReferenceButton->setToolTip(QCoreApplication::translate(
        "ks::GenerationForm",
        "Insert <<<image_N>>>, <<<element_N>>> or <<<video_1>>> at the cursor, numbered as "
        "the request sends them"));
    // Video edit may be sent without a prompt (API.md §10.1 #7).
    ui.promptLabel->setText(
        ModeInfo::promptOptional(mode)
            ? QCoreApplication::translate("ks::GenerationForm", "Prompt (optional)")
            : QCoreApplication::translate("GenerationForm", "Prompt"));
    ui.multiShotPromptNote->setText(PromptSection::tr(
        "Multi-shot is on: the prompt above is not sent; each shot's prompt is used instead."));
    refreshCounter();
}

void PromptSection::Private::refreshCounter()
{
    const int length = RequestValidator::promptLength(ui.promptEdit->toPlainText());
    const int max = RequestValidator::kMaxPromptChars;
    const int hint = RequestValidator::kPromptHintChars;
    ui.promptCounter->setText(PromptSection::tr("%1 / %2").arg(length).arg(max));
    // As wide as four digits from the start, so "Insert reference" beside it
    // does not move while the prompt grows.
    ui.promptCounter->setMinimumWidth(ui.promptCounter->fontMetrics().horizontalAdvance(
                                          PromptSection::tr("%1 / %2").arg(8888).arg(max))
                                      + 2);
    QString level;
    if (length > max) {
        level = QStringLiteral("error");
        ui.promptHint->setText(
            PromptSection::tr("%1 over the limit of %2 characters: shorten the prompt.")
                .arg(length - max)
                .arg(max));
    } else if (length > hint) {
        level = QStringLiteral("warn");
        ui.promptHint->setText(
            PromptSection::tr("Long prompt: %1 left before the limit of %2 characters.")
                .arg(max - length)
                .arg(max));
    }
    ui.promptHint->setVisible(!level.isEmpty() && ModeInfo::hasPrompt(mode));
    FieldLevel::set(ui.promptCounter, level, Theme::Tone::Normal);
    FieldLevel::set(ui.promptHint, level, Theme::Tone::Normal);
}

void PromptSection::Private::insertToken(const QString &token)
{
    QPlainTextEdit *target =
        tokenTarget && tokenTarget->isVisible() ? tokenTarget.data() : ui.promptEdit;
    target->textCursor().insertText(token);
    target->setFocus();
}

PromptSection::PromptSection(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    Theme::setTone(d->ui.promptWarning, Theme::Tone::Warning);
    Theme::setTone(d->ui.multiShotPromptNote, Theme::Tone::Muted);
    d->menu = new QMenu(d->ui.insertReferenceButton);
    d->menu->setObjectName(QStringLiteral("insertReferenceMenu"));
    d->ui.insertReferenceButton->setMenu(d->menu);
    d->retranslate(this);

    connect(d->menu, &QMenu::aboutToShow, this, &PromptSection::tokensWanted);
    connect(d->ui.promptEdit, &QPlainTextEdit::textChanged, this, [this] {
        d->refreshCounter();
        emit textChanged();
    });
}

PromptSection::~PromptSection() = default;

QString PromptSection::text() const
{
    return d->ui.promptEdit->toPlainText();
}

void PromptSection::setText(const QString &text)
{
    {
        const QSignalBlocker blocker(d->ui.promptEdit);
        d->ui.promptEdit->setPlainText(text);
    }
    d->refreshCounter();
}

void PromptSection::setMode(Mode mode)
{
    d->mode = mode;
    // Custom element has no prompt: nothing of it shows, nor its spacing.
    setVisible(ModeInfo::hasPrompt(mode));
    d->retranslate(this);
}

void PromptSection::setWarnings(const QStringList &warnings)
{
    d->ui.promptWarning->setText(warnings.join(QLatin1Char('\n')));
    d->ui.promptWarning->setVisible(!warnings.isEmpty());
}

void PromptSection::setMultiShotNoteShown(bool shown)
{
    d->ui.multiShotPromptNote->setVisible(shown);
}

void PromptSection::showIssue(bool bad, bool touched)
{
    const bool tooLong = RequestValidator::promptLength(d->ui.promptEdit->toPlainText())
        > RequestValidator::kMaxPromptChars;
    ErrorOutline::setShown(d->ui.promptEdit, bad && (touched || tooLong), kPromptEditRadius);
}

void PromptSection::setReferences(const QList<AvailableReference> &refs,
                                  const ElementLibrary *library)
{
    d->menu->clear();
    for (const AvailableReference &ref : refs) {
        QString what;
        switch (ref.kind) {
        case ReferenceKind::Element: {
            const std::optional<Element> element =
                library ? library->find(ref.source) : std::nullopt;
            what = tr("element %1").arg(element ? element->name : ref.source);
            break;
        }
        case ReferenceKind::Image:
            what = tr("image %1").arg(QFileInfo(ref.source).fileName());
            break;
        case ReferenceKind::Video:
            what = tr("video %1").arg(QFileInfo(ref.source).fileName());
            break;
        }
        QAction *action = d->menu->addAction(QStringLiteral("%1  —  %2").arg(ref.token, what));
        action->setData(ref.token);
        const QString token = ref.token;
        connect(action, &QAction::triggered, this, [this, token] { d->insertToken(token); });
    }
    if (refs.isEmpty()) {
        QAction *none = d->menu->addAction(
            tr("Nothing to refer to yet: add reference images, a video or elements."));
        none->setEnabled(false);
    }
}

void PromptSection::setTokenTarget(QPlainTextEdit *edit)
{
    d->tokenTarget = edit;
}

QPlainTextEdit *PromptSection::edit() const
{
    return d->ui.promptEdit;
}

void PromptSection::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->retranslate(this);
        break;
    case QEvent::PaletteChange:
        Theme::setTone(d->ui.multiShotPromptNote, Theme::Tone::Muted);
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace ks
