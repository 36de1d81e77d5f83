// Reference program: a stock Qt form in a QMainWindow (a title, a combo box,
// a text edit, a slider, a check box, a button and a line of Chinese), quit
// right after its first paint. It is not a target: it shows what drawing any
// text costs on this machine (the font database, font engines with their CJK
// fallback, shaping and rasterising glyphs once), which the empty window's
// first paint never pays, so that Kling Studio's ratio can be read against it.

#include "FirstPaintQuit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1360, 860); // the size Kling Studio opens with
    auto *form = new QWidget(&window);
    auto *layout = new QFormLayout(form);
    layout->addRow(new QLabel(QStringLiteral("Kling Studio"), form));
    auto *mode = new QComboBox(form);
    mode->addItems({QStringLiteral("Text to video"), QStringLiteral("Image to video")});
    layout->addRow(QStringLiteral("Mode"), mode);
    auto *prompt = new QPlainTextEdit(form);
    prompt->setPlaceholderText(QStringLiteral("Describe the video"));
    layout->addRow(QStringLiteral("Prompt"), prompt);
    auto *duration = new QSlider(Qt::Horizontal, form);
    duration->setRange(3, 15);
    layout->addRow(QStringLiteral("Duration"), duration);
    layout->addRow(new QCheckBox(QStringLiteral("Sound"), form));
    layout->addRow(new QPushButton(QStringLiteral("Generate"), form));
    layout->addRow(new QLabel(QString::fromUtf8("一只猫在雨中的霓虹街道上奔跑"), form));
    window.setCentralWidget(form);
    new ks::bench::FirstPaintQuit(&window);
    window.show();
    return QApplication::exec();
}
