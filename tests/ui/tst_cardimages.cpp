// History cards kept as images (CardImageCache through HistoryDelegate):
// a kept card looks exactly like one drawn directly, a change of content
// draws it again, running cards are never kept, and the cards saved at the
// end of a session paint the next start's first frame without laying out
// any text. A damaged file is ignored.

#include "core/Mode.h"
#include "history/HistoryDelegate.h"
#include "history/HistoryModel.h"
#include "jobs/Job.h"

#include <QCursor>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QListView>
#include <QScreen>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ks;

namespace {

void setRow(QStandardItemModel *model, int row, const QString &prompt, const QString &cost,
            bool active = false)
{
    auto *item = new QStandardItem;
    item->setData(prompt, HistoryModel::PromptExcerptRole);
    item->setData(int(Mode::TextToVideo), HistoryModel::ModeRole);
    item->setData(5, HistoryModel::DurationRole);
    item->setData(QStringLiteral("Text to video · 5 s · 720p · 16:9"), HistoryModel::SummaryRole);
    item->setData(int(active ? JobState::Running : JobState::Done), HistoryModel::StateRole);
    item->setData(active ? QStringLiteral("Running") : QStringLiteral("Done"),
                  HistoryModel::StateNameRole);
    item->setData(active, HistoryModel::ActiveRole);
    item->setData(active ? 40 : 100, HistoryModel::ProgressRole);
    item->setData(cost, HistoryModel::CostTextRole);
    item->setData(cost.section(QLatin1Char(' '), 0, 1), HistoryModel::CostShortTextRole);
    item->setData(QDateTime(QDate(2026, 3, 14), QTime(9, 26)), HistoryModel::CreatedAtRole);
    model->setItem(row, item);
}

struct CardView
{
    std::unique_ptr<QListView> view;
    HistoryDelegate *delegate = nullptr;

    CardView(QAbstractItemModel *model, bool images, const QString &loadFrom = QString())
        : view(std::make_unique<QListView>())
    {
        delegate = new HistoryDelegate(view.get());
        delegate->setCardImagesEnabled(images);
        if (!loadFrom.isEmpty())
            delegate->loadCardImages(loadFrom);
        view->setItemDelegate(delegate);
        view->setModel(model);
        view->resize(420, 420);
    }
    QImage frame()
    {
        if (!view->isVisible()) {
            view->show();
            if (!QTest::qWaitForWindowExposed(view.get()))
                return {};
        }
        return view->viewport()->grab().toImage();
    }
};

} // namespace

class TestCardImages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keptCardsLookTheSame();
    void changedContentIsDrawnAgain();
    void runningCardsAreNotKept();
    void thumbnailReplacesThePlaceholder();
    void savedCardsPaintTheNextFirstFrame();
    void damagedFileIsIgnored();

private:
    QStandardItemModel m_model;
    QTemporaryDir m_dir;
};

void TestCardImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Compared frames are drawn without hover: the pointer (a real one on
    // Windows) rests in a corner the views are not shown in.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        QCursor::setPos(screen->geometry().bottomRight());
    setRow(&m_model, 0, QStringLiteral("A paper boat drifting down a rainy neon street"),
           QStringLiteral("72.01 cr · charged 72.0144"));
    setRow(&m_model, 1, QStringLiteral("一只橘猫在窗台上打哈欠，午后阳光"),
           QStringLiteral("27.00 cr · charged 27"));
    setRow(&m_model, 2, QStringLiteral("Aerial shot over misty pines at dawn"),
           QStringLiteral("27.00 cr · charged 27"));
}

void TestCardImages::keptCardsLookTheSame()
{
    CardView kept(&m_model, true);
    CardView direct(&m_model, false);
    const QImage first = kept.frame();
    const QImage reference = direct.frame();
    QVERIFY(!first.isNull());
    QCOMPARE(kept.delegate->cardImageCount(), 3);
    QCOMPARE(direct.delegate->cardImageCount(), 0);
    QCOMPARE(first, reference);
    // Drawn again from the images: no text is laid out, same pixels.
    const int layouts = kept.delegate->textLayouts();
    kept.view->viewport()->repaint();
    QCOMPARE(kept.frame(), reference);
    QCOMPARE(kept.delegate->textLayouts(), layouts);
}

void TestCardImages::changedContentIsDrawnAgain()
{
    QStandardItemModel model;
    setRow(&model, 0, QStringLiteral("Fox in the snow"), QStringLiteral("27.00 cr · reserved 27"));
    CardView kept(&model, true);
    CardView direct(&model, false);
    const QImage before = kept.frame();
    QCOMPARE(before, direct.frame());
    QCOMPARE(kept.delegate->cardImageCount(), 1);
    // The charge arrives: a new card, not the kept one.
    model.item(0)->setData(QStringLiteral("27.00 cr · charged 26.5"), HistoryModel::CostTextRole);
    QCoreApplication::processEvents();
    const QImage after = kept.frame();
    QCOMPARE(kept.delegate->cardImageCount(), 2);
    QCOMPARE(after, direct.frame());
    QVERIFY(after != before);
}

void TestCardImages::runningCardsAreNotKept()
{
    QStandardItemModel model;
    setRow(&model, 0, QStringLiteral("Still rendering"), QStringLiteral("27.00 cr · reserved 27"),
           true);
    setRow(&model, 1, QStringLiteral("Done already"), QStringLiteral("27.00 cr · charged 27"));
    CardView kept(&model, true);
    CardView direct(&model, false);
    QCOMPARE(kept.frame(), direct.frame());
    QCOMPARE(kept.delegate->cardImageCount(), 1);
}

void TestCardImages::thumbnailReplacesThePlaceholder()
{
    QImage picture(320, 180, QImage::Format_RGB32);
    picture.fill(QColor(230, 40, 160));
    const QString png = m_dir.filePath(QStringLiteral("thumb.png"));
    QVERIFY(picture.save(png));
    QStandardItemModel model;
    setRow(&model, 0, QStringLiteral("With a thumbnail"), QStringLiteral("27.00 cr · charged 27"));
    model.item(0)->setData(png, HistoryModel::ThumbnailPathRole);
    CardView kept(&model, true);
    CardView direct(&model, false);
    // First the placeholder (the PNG is decoded after the paint), then the
    // picture: the kept card is drawn again once it is there.
    kept.frame();
    const QPoint centre = QPoint(6 + 9 + 56, kept.view->visualRect(model.index(0, 0)).center().y());
    QTRY_COMPARE(kept.frame().pixelColor(centre), QColor(230, 40, 160));
    QTRY_COMPARE(kept.frame(), direct.frame());
    QCOMPARE(kept.delegate->cardImageCount(), 1); // the picture replaced the placeholder
}

void TestCardImages::savedCardsPaintTheNextFirstFrame()
{
    const QString path = m_dir.filePath(QStringLiteral("cards/history-cards.bin"));
    QImage before;
    {
        CardView session(&m_model, true);
        before = session.frame();
        QVERIFY(session.delegate->saveCardImages(path));
    }
    QVERIFY(QFile::exists(path));
    const QDateTime written = QFileInfo(path).lastModified();

    // The next start: the same three cards, not one text laid out.
    CardView next(&m_model, true, path);
    QCOMPARE(next.delegate->cardImageCount(), 3);
    QCOMPARE(next.frame(), before);
    QCOMPARE(next.delegate->textLayouts(), 0);
    // Nothing changed: the file is not written again.
    QTest::qWait(20);
    QVERIFY(next.delegate->saveCardImages(path));
    QCOMPARE(QFileInfo(path).lastModified(), written);

    // A card whose content changed meanwhile is laid out; the others not.
    QStandardItemModel changed;
    for (int row = 0; row < 3; ++row)
        changed.setItem(row, m_model.item(row)->clone());
    changed.item(2)->setData(QStringLiteral("Aerial shot, second take"),
                             HistoryModel::PromptExcerptRole);
    CardView later(&changed, true, path);
    const QImage frame = later.frame();
    QVERIFY(later.delegate->textLayouts() > 0);
    QCOMPARE(frame, CardView(&changed, false).frame());
}

void TestCardImages::damagedFileIsIgnored()
{
    const QString good = m_dir.filePath(QStringLiteral("good.bin"));
    {
        CardView session(&m_model, true);
        session.frame();
        QVERIFY(session.delegate->saveCardImages(good));
    }
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    const QString cut = m_dir.filePath(QStringLiteral("cut.bin"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    HistoryDelegate delegate;
    QVERIFY(!delegate.loadCardImages(cut));
    QCOMPARE(delegate.cardImageCount(), 0);

    const QString garbage = m_dir.filePath(QStringLiteral("garbage.bin"));
    QFile junk(garbage);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    QVERIFY(!delegate.loadCardImages(garbage));
    QVERIFY(!delegate.loadCardImages(m_dir.filePath(QStringLiteral("missing.bin"))));
    QCOMPARE(delegate.cardImageCount(), 0);

    // And a damaged file is replaced by a good one at the next save.
    CardView session(&m_model, true, cut);
    session.frame();
    QVERIFY(session.delegate->saveCardImages(cut));
    HistoryDelegate reread;
    QVERIFY(reread.loadCardImages(cut));
    QCOMPARE(reread.cardImageCount(), 3);
}

QTEST_MAIN(TestCardImages)
#include "tst_cardimages.moc"
