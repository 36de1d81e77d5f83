// Floor program: an empty QMainWindow, quit right after its first paint.
// Its start time and peak RSS are what Kling Studio's start is compared to.

#include "FirstPaintQuit.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1360, 860); // the size Kling Studio opens with
    new ks::bench::FirstPaintQuit(&window);
    window.show();
    return QApplication::exec();
}
