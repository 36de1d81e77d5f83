#include "window/InstallationCheckDialog.h"

#include "player/PluginMediaProbe.h"
#include "style/Theme.h"
#include "widgets/TextLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ks {

namespace {

using Step = InstallationCheck::Step;
using State = InstallationCheck::State;

QString markOf(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("·");
    case State::Running:
        return QStringLiteral("…");
    case State::Passed:
        return QStringLiteral("✓");
    case State::Failed:
        return QStringLiteral("✗");
    case State::Skipped:
        return QStringLiteral("–");
    }
    return {};
}

} // namespace

InstallationCheckDialog::InstallationCheckDialog(QWidget *parent, MediaProbe *media)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("installationCheckDialog"));
    if (!media) {
        m_ownMedia = std::make_unique<PluginMediaProbe>();
        media = m_ownMedia.get();
    }
    m_check = new InstallationCheck(media, this);

    auto *layout = new QVBoxLayout(this);
    m_intro = new TextLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    layout->addSpacing(6);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    QFont bold = font();
    bold.setBold(true);
    const QList<Step> steps = InstallationCheck::steps();
    for (int i = 0; i < steps.size(); ++i) {
        Row row;
        row.mark = new QLabel(this);
        row.mark->setObjectName(QStringLiteral("checkMark%1").arg(i));
        row.mark->setFont(bold);
        row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        row.mark->setMinimumWidth(row.mark->fontMetrics().horizontalAdvance(u'M') * 2);
        row.title = new QLabel(this);
        row.title->setFont(bold);
        row.detail = new QLabel(this);
        row.detail->setObjectName(QStringLiteral("checkDetail%1").arg(i));
        row.detail->setWordWrap(true);
        row.detail->setTextFormat(Qt::PlainText);
        row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *text = new QVBoxLayout;
        text->setSpacing(1);
        text->addWidget(row.title);
        text->addWidget(row.detail);
        grid->addWidget(row.mark, i, 0);
        grid->addLayout(text, i, 1);
        m_rows << row;
    }
    layout->addLayout(grid);
    layout->addSpacing(6);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, int(steps.size()));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    layout->addWidget(m_progress);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addSpacing(6);

    auto *buttons = new QHBoxLayout;
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyCheckResultButton"));
    m_againButton = new QPushButton(this);
    m_againButton->setObjectName(QStringLiteral("runCheckAgainButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setDefault(true);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(resultText()); });
    connect(m_againButton, &QPushButton::clicked, m_check, &InstallationCheck::start);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_check, &InstallationCheck::stepChanged, this, [this](Step step) {
        updateRow(step);
        updateSummary();
    });
    connect(m_check, &InstallationCheck::finished, this, [this] { updateSummary(); });

    retranslate();
    resize(600, 10);
    fitHeight();
}

InstallationCheckDialog::~InstallationCheckDialog()
{
    // The check first: it still refers to the probe.
    delete m_check;
}

void InstallationCheckDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_check->start();
    }
}

void InstallationCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InstallationCheckDialog::retranslate()
{
    setWindowTitle(tr("Check Installation"));
    m_intro->setText(
        tr("Kling Studio makes a %1-second demo video with its built-in simulator in a temporary "
           "folder and decodes its first frame, as the player does. Nothing is sent to EvoLink, "
           "no credits are spent, and your videos and history are left alone.")
            .arg(InstallationCheck::kClipSeconds));
    m_copyButton->setText(tr("&Copy Result"));
    m_againButton->setText(tr("&Run Again"));
    m_closeButton->setText(tr("Close"));
    for (const Step step : InstallationCheck::steps())
        updateRow(step);
    updateSummary();
}

void InstallationCheckDialog::updateRow(Step step)
{
    const Row &row = m_rows.at(int(step));
    const State state = m_check->state(step);
    row.mark->setText(markOf(state));
    switch (state) {
    case State::Passed:
        Theme::setTextColor(row.mark, Theme::stateColor(JobState::Done));
        break;
    case State::Failed:
        Theme::setTextColor(row.mark, Theme::errorTone());
        break;
    default:
        Theme::setTone(row.mark, Theme::Tone::Muted);
        break;
    }
    row.title->setText(InstallationCheck::title(step));
    QString detail = m_check->detail(step);
    if (detail.isEmpty())
        detail = state == State::Running ? tr("Checking…") : tr("Waiting");
    row.detail->setText(detail);
    Theme::setTone(row.detail, state == State::Failed ? Theme::Tone::Error : Theme::Tone::Muted);
}

void InstallationCheckDialog::updateSummary()
{
    int settled = 0;
    QStringList failed;
    for (const Step step : InstallationCheck::steps()) {
        const State state = m_check->state(step);
        if (state != State::Pending && state != State::Running)
            ++settled;
        if (state == State::Failed)
            failed << InstallationCheck::title(step);
    }
    m_progress->setValue(settled);
    const bool running = m_check->isRunning();
    m_progress->setVisible(running || !m_started);
    m_againButton->setEnabled(!running);
    m_copyButton->setEnabled(!running && m_started);
    if (running || !m_started) {
        m_summary->setText(tr("Checking…"));
        Theme::setTone(m_summary, Theme::Tone::Normal);
    } else if (m_check->passed()) {
        m_summary->setText(
            tr("Everything Kling Studio needs to make and play videos works "
               "(checked in %1 s).")
                .arg(QString::number(double(m_check->elapsedMs()) / 1000.0, 'f', 1)));
        Theme::setTextColor(m_summary, Theme::stateColor(JobState::Done));
    } else {
        m_summary->setText(tr("Not working: %1. See the lines marked ✗; “Copy Result” copies "
                              "this report for a support request.")
                               .arg(failed.join(tr(", ", "between the names of failed parts"))));
        Theme::setTone(m_summary, Theme::Tone::Error);
    }
    fitHeight();
}

void InstallationCheckDialog::fitHeight()
{
    // A failure's advice takes more lines than "Waiting": grow (never
    // shrink, so the dialog does not jump) to show every line.
    if (!layout())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QString InstallationCheckDialog::resultText() const
{
    QStringList lines;
    lines << QStringLiteral("Kling Studio %1, Qt %2")
                 .arg(QStringLiteral(KS_VERSION), QString::fromLatin1(qVersion()));
    for (const Step step : InstallationCheck::steps()) {
        const QString detail = m_check->detail(step);
        lines << QStringLiteral("%1 %2%3").arg(
            markOf(m_check->state(step)), InstallationCheck::title(step),
            detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    }
    const QString summary = m_check->summary();
    if (!summary.isEmpty())
        lines << summary;
    return lines.join(u'\n');
}

} // namespace ks
