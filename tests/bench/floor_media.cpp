// Floor program: QMainWindow + QMediaPlayer + QVideoWidget created at start.
//   ks_floor_media                       quit right after the first paint
//   ks_floor_media --play FILE SECONDS   play FILE for SECONDS, then quit
// The second form is the floor for the peak RSS while a result plays.

#include "FirstPaintQuit.h"

#include <QApplication>
#include <QAudioOutput>
#include <QMainWindow>
#include <QMediaPlayer>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QVideoWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QMainWindow window;
    window.resize(1360, 860);
    auto *video = new QVideoWidget(&window);
    window.setCentralWidget(video);
    QMediaPlayer player;
    QAudioOutput audio;
    player.setAudioOutput(&audio);
    player.setVideoOutput(video);

    if (args.size() >= 4 && args.at(1) == QLatin1String("--play")) {
        player.setSource(QUrl::fromLocalFile(args.at(2)));
        player.setLoops(QMediaPlayer::Infinite);
        player.play();
        QTimer::singleShot(int(args.at(3).toDouble() * 1000), &app, [&] {
            QTextStream(stdout) << "position_ms=" << player.position() << '\n';
            player.stop();
            QCoreApplication::quit();
        });
    } else {
        new ks::bench::FirstPaintQuit(&window);
    }
    window.show();
    return QApplication::exec();
}
