// ElementLibrary: JSON round trip, atomic writes, a corrupt file moved aside,
// replace by id, remove, thumbnails, the default path and the change signal.

#include "jobs/ElementLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace ks;

namespace {

Element makeElement(const QString &id, const QString &name, const QDateTime &at,
                    bool fromVideo = false)
{
    Element e;
    e.elementId = id;
    e.name = name;
    e.description = QStringLiteral("Description of ") + name;
    e.madeFromVideo = fromVideo;
    e.jobId = QStringLiteral("job-") + id;
    e.createdAt = at;
    return e;
}

QStringList ids(const QList<Element> &list)
{
    QStringList out;
    for (const Element &e : list)
        out << e.elementId;
    return out;
}

const QDateTime kT0 = QDateTime(QDate(2025, 10, 1), QTime(12, 0, 0, 250), QTimeZone::utc());

} // namespace

class TestElementLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("elements.json")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("KLINGSTUDIO_DATA_DIR", m_dir->path().toUtf8());
        qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
    }

    void emptyWithoutFile()
    {
        ElementLibrary lib(path());
        QVERIFY(lib.elements().isEmpty());
        QVERIFY(lib.lastError().isEmpty());
        QVERIFY(!QFile::exists(path())); // nothing written until something is added
    }

    void defaultPathIsInDataDir()
    {
        ElementLibrary lib;
        QCOMPARE(lib.filePath(), m_dir->path() + QStringLiteral("/elements.json"));
    }

    void roundTrip()
    {
        {
            ElementLibrary lib(path());
            QSignalSpy changed(&lib, &ElementLibrary::changed);
            Element e = makeElement(QStringLiteral("el_001"), QStringLiteral("Mia"), kT0, true);
            e.thumbnailPath = QStringLiteral("/some/where/mia.png");
            e.demo = true;
            QVERIFY(lib.add(e));
            QCOMPARE(changed.count(), 1);
            QVERIFY(lib.add(makeElement(QStringLiteral("el_002"), QStringLiteral("Léo 🦊"),
                                        kT0.addSecs(60))));
            QCOMPARE(changed.count(), 2);
        }
        ElementLibrary back(path());
        QVERIFY(back.lastError().isEmpty());
        QCOMPARE(ids(back.elements()),
                 QStringList({QStringLiteral("el_002"), QStringLiteral("el_001")}));
        const auto mia = back.find(QStringLiteral("el_001"));
        QVERIFY(mia);
        QCOMPARE(mia->name, QStringLiteral("Mia"));
        QCOMPARE(mia->description, QStringLiteral("Description of Mia"));
        QCOMPARE(mia->madeFromVideo, true);
        QCOMPARE(mia->thumbnailPath, QStringLiteral("/some/where/mia.png"));
        QCOMPARE(mia->jobId, QStringLiteral("job-el_001"));
        QCOMPARE(mia->createdAt, kT0);
        QCOMPARE(mia->demo, true);
        const auto leo = back.find(QStringLiteral(" el_002 "));
        QVERIFY(leo);
        QCOMPARE(leo->name, QStringLiteral("Léo 🦊"));
        QCOMPARE(leo->madeFromVideo, false);
        QCOMPARE(leo->demo, false);
        QVERIFY(!back.find(QStringLiteral("el_003")));

        // The file is plain JSON a user (or support) can read.
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(u"version").toInt(), 2);
        const QJsonArray list = root.value(u"elements").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"element_id").toString(), QStringLiteral("el_001"));
        QCOMPARE(list.at(1).toObject().value(u"made_from_video").toBool(), true);
    }

    // API.md §10.1 #4: the voice a video-made element was created with is kept
    // (format version 2); a version-1 file loads as elements without a voice
    // and is rewritten as version 2 without losing anything.
    void voiceIdSurvivesRestart()
    {
        {
            QFile old(path());
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(R"({"version":1,"elements":[{"element_id":"el_old","name":"Old",
                "description":"From version 1","made_from_video":true,"thumbnail":"",
                "job_id":"job-old","demo":false,"created_at":"2025-10-01T12:00:00.250Z"}]})");
        }
        {
            ElementLibrary lib(path());
            QVERIFY(lib.lastError().isEmpty());
            QVERIFY(lib.find(QStringLiteral("el_old")));
            QVERIFY(lib.find(QStringLiteral("el_old"))->voiceId.isEmpty());
            Element e = makeElement(QStringLiteral("el_voice"), QStringLiteral("Singer"),
                                    kT0.addSecs(60), true);
            e.voiceId = QStringLiteral("829824295735410756");
            QVERIFY(lib.add(e));
        }
        ElementLibrary back(path());
        QVERIFY(back.lastError().isEmpty());
        QCOMPARE(ids(back.elements()),
                 QStringList({QStringLiteral("el_voice"), QStringLiteral("el_old")}));
        QCOMPARE(back.find(QStringLiteral("el_voice"))->voiceId,
                 QStringLiteral("829824295735410756"));
        QVERIFY(back.find(QStringLiteral("el_old"))->voiceId.isEmpty());
        QCOMPARE(back.find(QStringLiteral("el_old"))->description,
                 QStringLiteral("From version 1"));

        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(u"version").toInt(), 2);
        const QJsonArray list = root.value(u"elements").toArray();
        QCOMPARE(list.at(0).toObject().value(u"voice_id").toString(),
                 QStringLiteral("829824295735410756"));
        QVERIFY(!list.at(1).toObject().contains(u"voice_id")); // none: no key
    }

    void newestFirstWhateverTheAddOrder()
    {
        ElementLibrary lib(path());
        QVERIFY(lib.add(makeElement(QStringLiteral("b"), QStringLiteral("B"), kT0.addSecs(10))));
        QVERIFY(lib.add(makeElement(QStringLiteral("a"), QStringLiteral("A"), kT0)));
        QVERIFY(lib.add(makeElement(QStringLiteral("c"), QStringLiteral("C"), kT0.addSecs(20))));
        QCOMPARE(ids(lib.elements()),
                 QStringList({QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        Element undated = makeElement(QStringLiteral("d"), QStringLiteral("D"), QDateTime());
        QVERIFY(lib.add(undated)); // gets "now": the newest
        QCOMPARE(lib.elements().first().elementId, QStringLiteral("d"));
        QVERIFY(lib.elements().first().createdAt.isValid());
    }

    void addReplacesSameId()
    {
        ElementLibrary lib(path());
        QVERIFY(lib.add(makeElement(QStringLiteral("el_x"), QStringLiteral("Old"), kT0)));
        QVERIFY(lib.add(makeElement(QStringLiteral("el_y"), QStringLiteral("Other"), kT0)));
        QVERIFY(
            lib.add(makeElement(QStringLiteral("el_x"), QStringLiteral("New"), kT0.addSecs(5))));
        QCOMPARE(lib.elements().size(), 2);
        QCOMPARE(lib.find(QStringLiteral("el_x"))->name, QStringLiteral("New"));
        ElementLibrary back(path());
        QCOMPARE(back.elements().size(), 2);
        QCOMPARE(back.find(QStringLiteral("el_x"))->name, QStringLiteral("New"));
    }

    void addRefusesEmptyId()
    {
        ElementLibrary lib(path());
        QVERIFY(!lib.add(makeElement(QStringLiteral("  "), QStringLiteral("X"), kT0)));
        QVERIFY(!lib.lastError().isEmpty());
        QVERIFY(lib.elements().isEmpty());
    }

    void removeDeletesOnlyOwnThumbnail()
    {
        const QString image = m_dir->filePath(QStringLiteral("front.jpg"));
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\xFF\xD8\xFF fake jpeg bytes");
        }
        ElementLibrary lib(path());
        const QString thumb = lib.storeThumbnail(QStringLiteral("el/../1"), image);
        // Unsafe characters in a server id never escape the folder.
        QCOMPARE(thumb, m_dir->path() + QStringLiteral("/elements/el____1.jpg"));
        QFile t(thumb);
        QVERIFY(t.open(QIODevice::ReadOnly));
        QCOMPARE(t.readAll(), QByteArray("\xFF\xD8\xFF fake jpeg bytes"));
        t.close();

        Element own = makeElement(QStringLiteral("el/../1"), QStringLiteral("Own"), kT0);
        own.thumbnailPath = thumb;
        Element users = makeElement(QStringLiteral("el_2"), QStringLiteral("User's"), kT0);
        users.thumbnailPath = image; // the user's own file: never deleted
        QVERIFY(lib.add(own));
        QVERIFY(lib.add(users));

        QSignalSpy changed(&lib, &ElementLibrary::changed);
        QVERIFY(lib.remove(QStringLiteral("el/../1")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!QFile::exists(thumb));
        QVERIFY(lib.remove(QStringLiteral("el_2")));
        QVERIFY(QFile::exists(image));
        QVERIFY(!lib.remove(QStringLiteral("el_2")));
        QVERIFY(lib.lastError().contains(QStringLiteral("el_2")));
        QCOMPARE(ElementLibrary(path()).elements().size(), 0);
    }

    void storeThumbnailReportsMissingSource()
    {
        ElementLibrary lib(path());
        QCOMPARE(
            lib.storeThumbnail(QStringLiteral("el_1"), m_dir->filePath(QStringLiteral("no.png"))),
            QString());
        QVERIFY(!lib.lastError().isEmpty());
    }

    void corruptFileIsMovedAside()
    {
        {
            QFile f(path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"version\":1,\"elements\":[{\"element_id\":");
        }
        ElementLibrary lib(path());
        QVERIFY(lib.elements().isEmpty());
        QVERIFY(lib.lastError().contains(QStringLiteral("moved aside")));
        QVERIFY(!QFile::exists(path()));
        const QStringList aside =
            QDir(m_dir->path()).entryList({QStringLiteral("elements.json.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir->filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly)); // the user's data is kept, not deleted
        QVERIFY(kept.readAll().startsWith("{\"version\":1"));

        // A new library starts and works.
        QVERIFY(lib.add(makeElement(QStringLiteral("el_new"), QStringLiteral("New"), kT0)));
        QCOMPARE(ElementLibrary(path()).elements().size(), 1);
    }

    void wrongShapeCountsAsCorrupt()
    {
        {
            QFile f(path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[1, 2, 3]");
        }
        ElementLibrary lib(path());
        QVERIFY(lib.elements().isEmpty());
        QVERIFY(!lib.lastError().isEmpty());
    }

    // QSaveFile: the old file stays whole until the new one is complete, and no
    // temp file is left behind.
    void writesAreAtomic()
    {
        ElementLibrary lib(path());
        QVERIFY(lib.add(makeElement(QStringLiteral("el_1"), QStringLiteral("One"), kT0)));
        QVERIFY(lib.add(makeElement(QStringLiteral("el_2"), QStringLiteral("Two"), kT0)));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("elements.json")});

        // The new content goes to a new file that replaces the old one in one
        // rename: a reader holding the old file still sees it whole (an
        // in-place rewrite would truncate it under the reader).
        QFile reader(path());
        QVERIFY(reader.open(QIODevice::ReadOnly));
        const bool addedWhileRead =
            lib.add(makeElement(QStringLiteral("el_4"), QStringLiteral("Four"), kT0));
#ifdef Q_OS_WIN
        // Windows renames nothing over a file that is open: after trying for
        // a while the add says so, and the file stays as it was.
        QVERIFY(!addedWhileRead);
        QVERIFY2(lib.lastError().contains(QStringLiteral("could not be written")),
                 qPrintable(lib.lastError()));
#else
        QVERIFY(addedWhileRead);
#endif
        const QJsonObject old = QJsonDocument::fromJson(reader.readAll()).object();
        QCOMPARE(old.value(u"elements").toArray().size(), 2);
        reader.close();
#ifdef Q_OS_WIN
        QVERIFY(lib.add(makeElement(QStringLiteral("el_4"), QStringLiteral("Four"), kT0)));
#endif
        QCOMPARE(ElementLibrary(path()).elements().size(), 3);

        // A write that cannot complete leaves the previous file untouched.
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner);
        const bool writable = QFileInfo(m_dir->path()).isWritable(); // root ignores modes
        const bool ok = lib.add(makeElement(QStringLiteral("el_3"), QStringLiteral("Three"), kT0));
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!writable) {
            QVERIFY(!ok);
            QVERIFY(lib.lastError().contains(QStringLiteral("could not be written")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
            f.close();
        }
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);
    }

    // Another process reads the library at the moment of a write (on
    // Windows that blocks the rename for as long as it holds the file): the
    // write waits for it and succeeds.
    void writeWaitsForABriefReader()
    {
        ElementLibrary lib(path());
        QVERIFY(lib.add(makeElement(QStringLiteral("el_1"), QStringLiteral("One"), kT0)));
        std::atomic<bool> opened {false};
        std::thread reader([this, &opened] {
            QFile file(path());
            opened = file.open(QIODevice::ReadOnly);
            // Time passes: the file stays open while the library writes.
            QThread::msleep(300);
        });
        QTRY_VERIFY(opened.load());
        const bool ok = lib.add(makeElement(QStringLiteral("el_2"), QStringLiteral("Two"), kT0));
        reader.join();
        QVERIFY2(ok, qPrintable(lib.lastError()));
        QCOMPARE(ElementLibrary(path()).elements().size(), 2);
    }

    // Another process (the CLI) adds an element: the next add keeps it.
    void addKeepsWhatAnotherProcessAdded()
    {
        ElementLibrary gui(path());
        ElementLibrary cli(path());
        QVERIFY(cli.add(makeElement(QStringLiteral("from_cli"), QStringLiteral("CLI"), kT0)));
        QVERIFY(gui.add(makeElement(QStringLiteral("from_gui"), QStringLiteral("GUI"), kT0)));
        QCOMPARE(ElementLibrary(path()).elements().size(), 2);
        QSignalSpy changed(&cli, &ElementLibrary::changed);
        QVERIFY(cli.reload());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cli.elements().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestElementLibrary)
#include "tst_elementlibrary.moc"
