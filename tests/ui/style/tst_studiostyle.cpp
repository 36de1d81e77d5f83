// Issue 16 item 21, through the application's style (Theme::apply: the
// studio style over Fusion, the dark palette): an unchecked check box or
// radio button has an outline that reads on dark and light palettes, OK and
// Cancel carry no icons, the Preferences groups' fields start at one x, the
// Mode popup is as tall as its items, and "Insert reference" keeps room for
// its arrow and keeps its place while the prompt counter grows.

#include "DemoStudioWindow.h"
#include "form/GenerationForm.h"
#include "style/StudioStyle.h"
#include "style/Theme.h"
#include "window/PreferencesDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QToolButton>
#include <QtTest>

using namespace ks;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio (1 to 21); 3 is the minimum for a control's outline.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// A desktop theme's answer: dialog buttons with icons.
class IconsOnDialogButtons final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

class TestStudioStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void uncheckedIndicatorReads_data();
    void uncheckedIndicatorReads();
    void dialogButtonsHaveNoIcons();
    void preferencesFieldsAlign();
    void modePopupFitsItsItems();
    void insertReferenceKeepsItsPlace();

private:
    test::DemoStudioWindow m_studio;
};

void TestStudioStyle::initTestCase()
{
    Theme::apply(*qApp);
    QVERIFY(qobject_cast<StudioStyle *>(QApplication::style()));
    QVERIFY(m_studio.open(this));
}

void TestStudioStyle::cleanupTestCase()
{
    m_studio.close();
}

void TestStudioStyle::uncheckedIndicatorReads_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("radio");
    const QPalette dark = QApplication::palette();
    QVERIFY(Theme::isDark(dark));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = fusion->standardPalette();
    QVERIFY(!Theme::isDark(light));
    QTest::newRow("dark check box") << dark << false;
    QTest::newRow("light check box") << light << false;
    QTest::newRow("dark radio button") << dark << true;
    QTest::newRow("light radio button") << light << true;
}

void TestStudioStyle::uncheckedIndicatorReads()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, radio);
    QWidget window;
    window.setPalette(palette);
    window.setAutoFillBackground(true);
    QAbstractButton *button =
        radio ? static_cast<QAbstractButton *>(new QRadioButton(&window)) : new QCheckBox(&window);
    button->setText(QStringLiteral("Generate audio with the video"));
    button->adjustSize();
    window.resize(button->size());
    QVERIFY(!button->isChecked());
    const QImage image = window.grab().toImage();
    const qreal dpr = image.devicePixelRatio();

    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    const QRect indicator = button->style()->subElementRect(
        radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, button);
    QVERIFY(!indicator.isEmpty());
    // The strongest edge across the indicator's middle row.
    const QColor back = palette.color(QPalette::Window);
    double best = 1;
    const int y = int(indicator.center().y() * dpr);
    for (int x = int(indicator.left() * dpr); x <= int(indicator.center().x() * dpr); ++x)
        best = qMax(best, contrast(image.pixelColor(x, y), back));
    QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("outline contrast %1:1").arg(best)));
}

void TestStudioStyle::dialogButtonsHaveNoIcons()
{
    PreferencesDialog dialog(m_studio.backend.get(), m_studio.window.get());
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QVERIFY(!box->buttons().isEmpty());
    for (QAbstractButton *button : box->buttons())
        QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
    // Over a base style that wants icons on dialog buttons, as the GNOME and
    // KDE platform themes do (offscreen has none to give).
    StudioStyle style(new IconsOnDialogButtons(QStyleFactory::create(QStringLiteral("Fusion"))));
    QVERIFY(style.baseStyle()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons));
    QDialogButtonBox plain;
    plain.setStyle(&style);
    plain.setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(plain.buttons().size(), 2);
    for (QAbstractButton *button : plain.buttons())
        QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
}

void TestStudioStyle::preferencesFieldsAlign()
{
    PreferencesDialog dialog(m_studio.backend.get(), m_studio.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QMap<int, QStringList> starts; // field x -> where
    for (QGroupBox *group : dialog.findChildren<QGroupBox *>()) {
        auto *grid = qobject_cast<QGridLayout *>(group->layout());
        if (!grid)
            continue;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0;
            int column = 0;
            int rowSpan = 0;
            int columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            QLayoutItem *item = grid->itemAt(i);
            if (column != 1 || item->isEmpty())
                continue;
            const int x = group->mapTo(&dialog, item->geometry().topLeft()).x();
            starts[x] << QStringLiteral("%1 row %2").arg(group->objectName()).arg(row);
        }
    }
    QVERIFY(!starts.isEmpty());
    QString all;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        all += QStringLiteral("x=%1: %2; ").arg(it.key()).arg(it.value().join(QLatin1String(", ")));
    QVERIFY2(starts.size() == 1, qPrintable(all));
}

void TestStudioStyle::modePopupFitsItsItems()
{
    m_studio.window->resize(1024, 700);
    auto *mode = m_studio.window->findChild<QComboBox *>(QStringLiteral("modeCombo"));
    QVERIFY(mode && mode->count() >= 5);
    mode->showPopup();
    QAbstractItemView *view = mode->view();
    QWidget *popup = view->window();
    QTRY_VERIFY(popup->isVisible());
    int items = 0;
    for (int row = 0; row < mode->count(); ++row)
        items += view->visualRect(view->model()->index(row, 0)).height();
    const QString sizes = QStringLiteral("popup %1 px high, view %2, items %3")
                              .arg(popup->height())
                              .arg(view->height())
                              .arg(items);
    qInfo().noquote() << sizes;
    // The frame and a few pixels of margin, not an empty area over the prompt.
    QVERIFY2(popup->height() <= items + 16, qPrintable(sizes));
    QVERIFY2(popup->height() >= items, qPrintable(sizes));
    mode->hidePopup();
}

void TestStudioStyle::insertReferenceKeepsItsPlace()
{
    GenerationForm form;
    form.resize(380, 700);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *button = form.findChild<QToolButton *>(QStringLiteral("insertReferenceButton"));
    auto *prompt = form.findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    QVERIFY(button && prompt);
    // Room for the arrow beside the text, not over its end.
    const int text = button->fontMetrics().horizontalAdvance(button->text());
    const int arrow = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator);
    QVERIFY2(button->width() >= text + arrow + 8,
             qPrintable(QStringLiteral("%1 wide for text %2 and arrow %3")
                            .arg(button->width())
                            .arg(text)
                            .arg(arrow)));
    const auto settle = [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    };
    settle();
    const QRect before = button->geometry();
    for (int length : {9, 99, 999, 2400}) {
        prompt->setPlainText(QString(length, QLatin1Char('a')));
        settle();
        QCOMPARE(button->geometry(), before);
    }
}

QTEST_MAIN(TestStudioStyle)
#include "tst_studiostyle.moc"
