// Issue 16 item 27: the image and video pickers never start in a folder that
// does not exist (QFileDialog would offer its name, "Pictures", as the file
// to open): the last folder a file came from, else Pictures/Movies if it
// exists, else home.

#include "form/FileDialogStartDir.h"
#include "form/MediaDropZone.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ks;

class TestFileDialogStartDir final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A home without Pictures or Movies, and no user-dirs.dirs naming others.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
    }

    void chooseOrder()
    {
        QTemporaryDir last;
        QTemporaryDir pictures;
        const QString gone = m_home.filePath(QStringLiteral("Pictures"));
        QVERIFY(!QFileInfo::exists(gone));
        QCOMPARE(FileDialogStartDir::choose(QString(), gone), QDir::homePath());
        QCOMPARE(FileDialogStartDir::choose(QString(), pictures.path()), pictures.path());
        QCOMPARE(FileDialogStartDir::choose(last.path(), pictures.path()), last.path());
        QCOMPARE(FileDialogStartDir::choose(gone, gone), QDir::homePath());
        QCOMPARE(FileDialogStartDir::choose(gone, pictures.path()), pictures.path());
    }

    // The real picker: no "Pictures" typed into the file name box.
    void imagePickerStartsAtHomeWithoutPictures()
    {
        MediaDropZone zone;
        zone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&zone));
        auto *choose = zone.findChild<QPushButton *>(QStringLiteral("dropZoneChoose"));
        QVERIFY(choose);
        QString directory;
        QString typedName = QStringLiteral("(no dialog)");
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            directory = dialog->directory().absolutePath();
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            typedName = edit ? edit->text() : QStringLiteral("(no edit)");
            dialog->reject();
        });
        poll.start();
        QTest::mouseClick(choose, Qt::LeftButton);
        QTRY_VERIFY(!poll.isActive());
#ifdef Q_OS_WIN
        // Windows' home and Pictures are Known Folders that no test can move
        // or take away: the picker starts in Pictures when it is there.
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QCOMPARE(directory,
                 QFileInfo(pictures).isDir() ? QDir(pictures).absolutePath() : QDir::homePath());
        // Windows' own dialog has a name box that is no Qt widget.
        if (typedName != QStringLiteral("(no edit)"))
            QCOMPARE(typedName, QString());
#else
        QCOMPARE(directory, QDir(m_home.path()).absolutePath());
        QCOMPARE(typedName, QString());
#endif
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestFileDialogStartDir)
#include "tst_filedialogstartdir.moc"
