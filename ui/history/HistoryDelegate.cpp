#include "history/HistoryDelegate.h"

#include "core/Mode.h"
#include "history/CardTextCache.h"
#include "history/HistoryModel.h"
#include "history/ThumbnailCache.h"
#include "style/Icons.h"
#include "style/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCache>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace ks {

namespace {
constexpr int kMargin = 6; // around the card
constexpr int kPadding = 9; // inside the card
constexpr int kGap = 12; // thumbnail to text
constexpr int kMinTextWidth = 180; // the text column shrinks the thumbnail below this
constexpr int kMinThumbWidth = 56; // narrower, the thumbnail is dropped
constexpr int kMinCardWidth = 200; // what the list asks for: it never scrolls sideways
} // namespace

HistoryDelegate::HistoryDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int textHeight = fm.height() * 3 + 10;
    const int height = qMax(thumbnailSize().height(), textHeight) + 2 * (kMargin + kPadding) - 6;
    return {kMinCardWidth, height};
}

namespace {

// A pixmap cache that is emptied with the application (pixmaps must not
// outlive it).
QCache<QString, QPixmap> &pixmapCache(int slot, qsizetype maxCost)
{
    static QCache<QString, QPixmap> caches[2];
    static const bool cleanup = [] {
        qAddPostRoutine([] {
            for (auto &cache : caches)
                cache.clear();
        });
        return true;
    }();
    Q_UNUSED(cleanup);
    caches[slot].setMaxCost(maxCost);
    return caches[slot];
}

// Every card of a list has the same size and one of a few looks, and an
// antialiased rounded rectangle is the most expensive thing on a card: each
// look is drawn once into a pixmap and blitted after (a few sizes are kept,
// for resizes of the panel).
QPixmap cardPixmap(const QSize &size, qreal dpr, const QColor &fill, const QColor &border,
                   const QColor &tint)
{
    QCache<QString, QPixmap> &cache = pixmapCache(0, 24);
    const bool selected = tint.isValid();
    const QString key = QStringLiteral("%1x%2@%3|%4|%5|%6")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(fill.rgba())
                            .arg(border.rgba())
                            .arg(selected ? tint.rgba() : 0);
    if (const QPixmap *cached = cache.object(key))
        return *cached;
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    QColor top = fill;
    if (selected) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(rect, 8, 8);
        top = tint;
    }
    p.setPen(QPen(border, selected ? 1.5 : 1.0));
    p.setBrush(top);
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.end();
    cache.insert(key, new QPixmap(pm));
    return pm;
}

// The film glyph of a card whose thumbnail is not decoded (yet).
QPixmap placeholderPixmap(qreal dpr, const QColor &color)
{
    QCache<QString, QPixmap> &cache = pixmapCache(1, 4);
    const QString key = QStringLiteral("%1|%2").arg(dpr).arg(color.rgba());
    if (const QPixmap *cached = cache.object(key))
        return *cached;
    QPixmap pm(QSize(28, 28) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    Icons::paintGlyph(&p, QRectF(0, 0, 28, 28), Icons::Glyph::Film, color);
    p.end();
    cache.insert(key, new QPixmap(pm));
    return pm;
}

} // namespace

HistoryDelegate::CardContent HistoryDelegate::cardContent(const QModelIndex &index) const
{
    CardContent c;
    c.thumbnailPath = index.data(HistoryModel::ThumbnailPathRole).toString();
    const int duration = index.data(HistoryModel::DurationRole).toInt();
    const auto mode = Mode(index.data(HistoryModel::ModeRole).toInt());
    if (duration > 0 && ModeInfo::durationRange(mode).has_value())
        c.badge = tr("%1 s").arg(duration);
    c.state = JobState(index.data(HistoryModel::StateRole).toInt());
    c.chip = index.data(HistoryModel::StateNameRole).toString();
    c.prompt = index.data(HistoryModel::PromptExcerptRole).toString();
    c.summary = index.data(HistoryModel::SummaryRole).toString();
    c.error = index.data(HistoryModel::ErrorRole).toString();
    c.warning = index.data(HistoryModel::DownloadWarningRole).toString();
    c.active = index.data(HistoryModel::ActiveRole).toBool();
    c.progress = index.data(HistoryModel::ProgressRole).toInt();

    // Line 3 offers a longer and a shorter text on each side; the paint
    // takes the longest pair that fits.
    if (c.active) {
        const QString eta = index.data(HistoryModel::EtaTextRole).toString();
        if (eta.isEmpty()) {
            c.leftChoices << tr("%1%").arg(c.progress);
        } else if (c.state == JobState::Queued) {
            // Nothing sent yet: no "0%"; why it waits when that fits.
            const QString reason = index.data(HistoryModel::QueueReasonRole).toString();
            if (!reason.isEmpty())
                c.leftChoices << reason
                              << index.data(HistoryModel::QueueReasonShortRole).toString();
            c.leftChoices << eta;
        } else {
            c.leftChoices << tr("%1% · %2").arg(c.progress).arg(eta) << eta;
        }
    } else if (!c.warning.isEmpty()) {
        // The deadline matters more than why the download stopped (that
        // reason is in the tooltip).
        c.leftChoices << c.warning;
    } else if (!c.error.isEmpty()) {
        c.leftChoices << c.error;
    } else {
        const QDateTime created =
            index.data(HistoryModel::CreatedAtRole).toDateTime().toLocalTime();
        if (created.isValid()) {
            const bool today = created.date() == QDate::currentDate();
            c.leftChoices << (today ? QLocale().toString(created.time(), QLocale::ShortFormat)
                                    : QLocale().toString(created, QLocale::ShortFormat));
        } else {
            c.leftChoices << QString();
        }
    }
    c.costChoices = QStringList {index.data(HistoryModel::CostTextRole).toString(),
                                 index.data(HistoryModel::CostShortTextRole).toString()};
    return c;
}

HistoryDelegate::CardGeometry HistoryDelegate::cardGeometry(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index) const
{
    return geometry(option, cardContent(index));
}

HistoryDelegate::CardGeometry HistoryDelegate::geometry(const QStyleOptionViewItem &option,
                                                        const CardContent &c) const
{
    using Style = CardTextCache::Style;
    m_text.setBaseFont(option.font);
    const QFontMetricsF &cfm = m_text.metrics(Style::Chip);
    const QFontMetricsF &tfm = m_text.metrics(Style::Title);
    const QFontMetricsF &bfm = m_text.metrics(Style::Body);

    CardGeometry g;
    g.card = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    const QRectF &card = g.card;

    // The thumbnail gives way to the text column on a narrow card.
    const QSize ts = thumbnailSize();
    const double inner = card.width() - 2 * kPadding;
    double thumbW = ts.width();
    if (inner - thumbW - kGap < kMinTextWidth)
        thumbW = inner - kGap - kMinTextWidth;
    if (thumbW < kMinThumbWidth)
        thumbW = 0;
    const double thumbH = thumbW * ts.height() / ts.width();
    const double textLeft = card.left() + kPadding + (thumbW > 0 ? thumbW + kGap : 0);
    if (thumbW > 0)
        g.thumb = QRectF(card.left() + kPadding, card.center().y() - thumbH / 2.0, thumbW, thumbH);
    g.text =
        QRectF(textLeft, card.top() + kPadding - 1, qMax(0.0, card.right() - kPadding - textLeft),
               card.height() - 2 * kPadding + 2);
    const QRectF &text = g.text;

    // State chip, top right; never wider than the column (then elided).
    const double chipW = qMin(m_text.width(Style::Chip, c.chip) + 14, text.width());
    const double chipH = cfm.height() + 4;
    g.chip = QRectF(text.right() - chipW, text.top() + 1, chipW, chipH);

    g.prompt =
        QRectF(text.left(), text.top(), qMax(0.0, text.width() - chipW - 8), tfm.height() + 2);
    g.summary = QRectF(text.left(), g.prompt.bottom() + 2, text.width(), bfm.height() + 2);

    // Line 3: progress / error / outcome on the left, the cost on the right.
    // The column is narrow, so the full texts give way to shorter ones
    // (cost without the reservation, ETA without the percentage) first.
    const QRectF line3(text.left(), g.summary.bottom() + 5, text.width(), bfm.height() + 2);
    constexpr double kBarW = 56;
    // A queued job has nothing to show in a bar: its line is for why it waits.
    const double barSpace =
        c.active && c.state != JobState::Queued && line3.width() >= kBarW + 8 + 40 ? kBarW + 8 : 0;
    g.leftChoice = int(c.leftChoices.size()) - 1;
    g.costChoice = int(c.costChoices.size()) - 1;
    bool fitted = false;
    for (int l = 0; l < c.leftChoices.size() && !fitted; ++l) {
        for (int k = 0; k < c.costChoices.size(); ++k) {
            if (barSpace + m_text.width(Style::Body, c.leftChoices.at(l)) + 12
                    + m_text.width(Style::Body, c.costChoices.at(k))
                <= line3.width()) {
                g.leftChoice = l;
                g.costChoice = k;
                fitted = true;
                break;
            }
        }
    }
    const QString cost = g.costChoice >= 0 ? c.costChoices.at(g.costChoice) : QString();
    // The cost keeps its place whatever the left text needs (elided last).
    const double costW = qMin(m_text.width(Style::Body, cost), line3.width());
    const double leftW = qMax(0.0, line3.width() - costW - 12 - barSpace);
    if (barSpace > 0)
        g.bar = QRectF(line3.left(), line3.center().y() - 2.5, kBarW, 5);
    g.left = QRectF(line3.left() + barSpace, line3.top(), leftW, line3.height());
    g.cost = QRectF(line3.right() - costW, line3.top(), costW, line3.height());
    return g;
}

void HistoryDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const qreal dpr = option.widget ? option.widget->devicePixelRatioF() : qApp->devicePixelRatio();
    QWidget *viewport = nullptr;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        viewport = view->viewport();
    paintCard(p, option, cardContent(index), dpr, viewport);
}

void HistoryDelegate::paintCard(QPainter *p, const QStyleOptionViewItem &option,
                                const CardContent &content, qreal dpr, QWidget *viewport) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);

    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool dark = Theme::isDark(pal);

    // ---- card
    const CardGeometry g = geometry(option, content);
    const QRectF &card = g.card;
    QColor cardColor = pal.color(QPalette::Base);
    cardColor =
        dark ? cardColor.lighter(hovered ? 150 : 130) : cardColor.darker(hovered ? 104 : 102);
    const QColor border = selected ? pal.color(QPalette::Highlight)
                                   : (dark ? QColor(255, 255, 255, 18) : QColor(0, 0, 0, 24));
    QColor tint = pal.color(QPalette::Highlight);
    tint.setAlphaF(dark ? 0.22 : 0.14);
    p->drawPixmap(
        card.topLeft(),
        cardPixmap(card.size().toSize(), dpr, cardColor, border, selected ? tint : QColor()));

    using Style = CardTextCache::Style;
    const QFontMetricsF &cfm = m_text.metrics(Style::Chip);

    // ---- thumbnail (dropped on a card too narrow for it)
    const QRectF &thumb = g.thumb;
    QPixmap pm;
    if (!thumb.isEmpty()) {
        QPainterPath thumbClip;
        thumbClip.addRoundedRect(thumb, 5, 5);
        p->save();
        p->setClipPath(thumbClip);
        p->fillRect(thumb, dark ? QColor(0x0c, 0x0c, 0x0f) : QColor(0xdd, 0xde, 0xe3));
        // Decoded after this paint when not in memory yet (the film glyph
        // shows for that frame), so the window's first frame does not wait
        // for PNGs.
        pm = ThumbnailCache::pixmap(content.thumbnailPath, thumbnailSize(), dpr, viewport);
        if (!pm.isNull()) {
            QSizeF logical = QSizeF(pm.size()) / pm.devicePixelRatio();
            if (thumb.width() < thumbnailSize().width())
                logical.scale(thumb.size(), Qt::KeepAspectRatio);
            const QRectF target(thumb.center().x() - logical.width() / 2,
                                thumb.center().y() - logical.height() / 2, logical.width(),
                                logical.height());
            p->drawPixmap(target, pm, QRectF(pm.rect()));
        } else {
            const QColor glyph = dark ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 70);
            p->drawPixmap(thumb.center() - QPointF(14, 14), placeholderPixmap(dpr, glyph));
        }
        p->restore();

        if (!content.badge.isEmpty()) {
            const QString &badge = content.badge;
            const double badgeW = m_text.width(Style::Chip, badge);
            const QRectF badgeRect(thumb.right() - badgeW - 10, thumb.bottom() - cfm.height() - 6,
                                   badgeW + 6, cfm.height() + 2);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0, 0, 0, 160));
            p->drawRoundedRect(badgeRect, 3, 3);
            p->setPen(Qt::white);
            m_text.draw(p, badgeRect, Qt::AlignHCenter, Style::Chip, badge);
        }
    }

    // ---- text column
    const JobState state = content.state;
    const QColor textColor = pal.color(QPalette::Text);
    const QColor muted = Theme::mutedText(pal);

    // State chip, top right.
    const QRectF &chip = g.chip;
    p->setPen(Qt::NoPen);
    p->setBrush(Theme::stateColor(state));
    p->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    p->setPen(Qt::white);
    const double chipText = chip.width() - 14;
    m_text.draw(p, chip, Qt::AlignHCenter, Style::Chip, content.chip,
                m_text.width(Style::Chip, content.chip) > chipText ? chipText : -1);

    // Line 1: prompt.
    p->setPen(textColor);
    m_text.draw(p, g.prompt, Qt::AlignLeft, Style::Title, content.prompt, g.prompt.width());

    // Line 2: summary.
    p->setPen(muted);
    m_text.draw(p, g.summary, Qt::AlignLeft, Style::Body, content.summary, g.summary.width());

    // Line 3: progress / error / outcome on the left, the cost on the right.
    const QString &error = content.error;
    const QString &warning = content.warning;
    const bool active = content.active;
    const int progress = content.progress;
    const QString left = g.leftChoice >= 0 ? content.leftChoices.at(g.leftChoice) : QString();
    const QString cost = g.costChoice >= 0 ? content.costChoices.at(g.costChoice) : QString();
    if (!g.bar.isEmpty()) {
        const QRectF &track = g.bar;
        p->setPen(Qt::NoPen);
        p->setBrush(dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 26));
        p->drawRoundedRect(track, 2.5, 2.5);
        if (progress > 0) {
            QRectF fill = track;
            fill.setWidth(qMax(5.0, track.width() * progress / 100.0));
            p->setBrush(Theme::stateColor(state).lighter(dark ? 135 : 100));
            p->drawRoundedRect(fill, 2.5, 2.5);
        }
    }
    if (!active && !warning.isEmpty())
        p->setPen(Theme::warningColor(pal));
    else
        p->setPen(!active && !error.isEmpty() ? Theme::errorColor(pal) : muted);
    m_text.draw(p, g.left, Qt::AlignLeft, Style::Body, left, g.left.width());
    p->setPen(muted);
    m_text.draw(p, g.cost, Qt::AlignRight, Style::Body, cost,
                m_text.width(Style::Body, cost) > g.cost.width() ? g.cost.width() : -1);
    p->restore();
}

} // namespace ks
