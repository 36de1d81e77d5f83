// TextLabel against QLabel: the same sizes for the same text, settings and
// font, each text laid out once per width (not once per question), and the
// text control of a selectable label built only when the pointer comes in.

#include "widgets/TextLabel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace ks;

namespace {

const QString kLong = QStringLiteral(
    "Finished videos play here. Select a done job in the history to watch it, or drop "
    "an image on the form to start from a picture.");
const QString kChinese =
    QStringLiteral("任务将在内置模拟器中运行，不消耗积分。选择历史中已完成的任务即可观看。");

struct Setup
{
    QString text {};
    bool wrap = false;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QMargins contents {};
    int margin = 0;
    int indent = -1;
    bool buddy = false;
    int minimumWidth = 0;
};

template<typename Label> void configure(Label &label, QLineEdit &buddy, const Setup &setup)
{
    label.setText(setup.text);
    label.setWordWrap(setup.wrap);
    label.setAlignment(setup.alignment);
    label.setContentsMargins(setup.contents);
    label.setMargin(setup.margin);
    label.setIndent(setup.indent);
    if (setup.minimumWidth > 0)
        label.setMinimumWidth(setup.minimumWidth);
    if (setup.buddy)
        label.setBuddy(&buddy);
}

bool hasTextControl(const QLabel &label)
{
    for (const QObject *child : label.children()) {
        if (qstrcmp(child->metaObject()->className(), "QWidgetTextControl") == 0)
            return true;
    }
    return false;
}

} // namespace

class TestTextLabel : public QObject
{
    Q_OBJECT

private slots:
    void sameSizesAsQLabel_data()
    {
        QTest::addColumn<int>("setupIndex");
        QTest::newRow("one line") << 0;
        QTest::newRow("wrapped") << 1;
        QTest::newRow("wrapped, centred, margins") << 2;
        QTest::newRow("mnemonic with buddy") << 3;
        QTest::newRow("indent and margin") << 4;
        QTest::newRow("Chinese wrapped") << 5;
        QTest::newRow("two lines, minimum width") << 6;
        QTest::newRow("right aligned") << 7;
    }

    void sameSizesAsQLabel()
    {
        QFETCH(int, setupIndex);
        // Every field spelled out: a partial list makes GCC and Clang warn
        // about the missing initializers (-Wextra).
        constexpr auto kLeftMid = Qt::AlignLeft | Qt::AlignVCenter;
        const Setup setups[] = {
            {QStringLiteral("Estimated cost"), false, kLeftMid, {}, 0, -1, false, 0},
            {kLong, true, kLeftMid, {}, 0, -1, false, 0},
            {kLong, true, Qt::AlignCenter, QMargins(9, 7, 9, 7), 0, -1, false, 0},
            {QStringLiteral("&Aspect ratio"), false, kLeftMid, {}, 0, -1, true, 0},
            {QStringLiteral("Write a prompt that describes the video."), true,
             Qt::AlignLeft | Qt::AlignTop, QMargins(2, 2, 2, 2), 3, 6, false, 0},
            {kChinese, true, kLeftMid, {}, 0, -1, false, 0},
            {QStringLiteral("First line\nsecond line"),
             false,
             Qt::AlignLeft,
             {},
             0,
             -1,
             false,
             240},
            {QStringLiteral("90 credits"),
             false,
             Qt::AlignRight | Qt::AlignVCenter,
             {},
             0,
             -1,
             false,
             0},
        };
        const Setup &setup = setups[setupIndex];
        QLineEdit buddy;
        QLabel reference;
        TextLabel label;
        configure(reference, buddy, setup);
        configure(label, buddy, setup);

        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        QCOMPARE(label.hasHeightForWidth(), reference.hasHeightForWidth());
        for (const int width : {0, 60, 150, 333, 1000, QWIDGETSIZE_MAX})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        QVERIFY(label.layoutCount() > 0); // it measured the text itself

        // And again after the font and the text change.
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 1.9);
        big.setBold(true);
        reference.setFont(big);
        label.setFont(big);
        reference.setText(setup.text + QStringLiteral(" 27.00"));
        label.setText(setup.text + QStringLiteral(" 27.00"));
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        QCOMPARE(label.heightForWidth(150), reference.heightForWidth(150));
    }

    void measuresEachWidthOnce()
    {
        TextLabel label(kLong);
        label.setWordWrap(true);
        (void)label.sizeHint();
        (void)label.minimumSizeHint();
        (void)label.heightForWidth(200);
        const int afterFirst = label.layoutCount();
        QVERIFY(afterFirst >= 3); // preferred, widest word, one line, 200 px
        for (int i = 0; i < 5; ++i) {
            (void)label.sizeHint();
            (void)label.minimumSizeHint();
            (void)label.heightForWidth(200);
        }
        QCOMPARE(label.layoutCount(), afterFirst);

        (void)label.heightForWidth(300); // a new width is laid out
        QCOMPARE(label.layoutCount(), afterFirst + 1);

        const int narrowHeight = label.heightForWidth(200);
        label.setText(kLong + kLong); // a new text drops what was measured
        QVERIFY(label.heightForWidth(200) > narrowHeight);
        QCOMPARE(label.layoutCount(), afterFirst + 2);
    }

    void oneLayoutWithoutWrapping()
    {
        TextLabel label(QStringLiteral("Video settings"));
        (void)label.sizeHint();
        (void)label.minimumSizeHint(); // one line: every width gives the same size
        QCOMPARE(label.layoutCount(), 1);
    }

    void richTextAndPixmapsAreQLabels()
    {
        QLabel reference;
        TextLabel label;
        for (QLabel *l : {&reference, static_cast<QLabel *>(&label)}) {
            l->setText(QStringLiteral("<b>Demo mode</b> — no API key set."));
            l->setWordWrap(true);
        }
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.heightForWidth(180), reference.heightForWidth(180));
        QCOMPARE(label.layoutCount(), 0);

        QPixmap pixmap(18, 18);
        pixmap.fill(Qt::red);
        label.setPixmap(pixmap);
        QCOMPARE(label.sizeHint(), QSize(18, 18));
        QCOMPARE(label.layoutCount(), 0);
    }

    void selectableBuildsItsControlWhenThePointerComesIn()
    {
        TextLabel label(QStringLiteral("27.00 credits"));
        label.setSelectable(true);
        label.ensurePolished(); // QLabel builds a needed control when polished
        QVERIFY(!hasTextControl(label));
        QVERIFY(!(label.textInteractionFlags() & Qt::TextSelectableByMouse));
        const QSize before = label.sizeHint();

        QEvent enter(QEvent::Enter);
        QApplication::sendEvent(&label, &enter);
        QVERIFY(hasTextControl(label));
        QVERIFY(label.textInteractionFlags() & Qt::TextSelectableByMouse);
        label.setSelection(0, 5);
        QCOMPARE(label.selectedText(), QStringLiteral("27.00"));
        QCOMPARE(label.sizeHint(), before); // the control measures the same text alike

        label.setSelectable(false);
        QVERIFY(!(label.textInteractionFlags() & Qt::TextSelectableByMouse));
        QVERIFY(!hasTextControl(label));
    }
};

QTEST_MAIN(TestTextLabel)
#include "tst_textlabel.moc"
