// ResultFileName: file names made from prompts are short, keep every
// script's letters, drop what a file system refuses, and never name an
// existing file.

#include "core/GenerationRequest.h"
#include "core/ResultFileName.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {
const QDate kDay(2026, 12, 6);

// Characters Windows, macOS or Linux refuse (or treat specially) in a name.
bool portable(const QString &name)
{
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c))
            return false;
    }
    return !name.startsWith(u'.') && !name.endsWith(u' ') && !name.endsWith(u'.');
}
} // namespace

class TestResultFileName : public QObject
{
    Q_OBJECT
private slots:
    void englishPrompt()
    {
        QCOMPARE(ResultFileName::forText(QStringLiteral("A cat on a skateboard!"), kDay),
                 QStringLiteral("a-cat-on-a-skateboard-2026-12-06.mp4"));
    }
    void chineseKept()
    {
        QCOMPARE(ResultFileName::forText(QStringLiteral("一只猫，在滑板上。"), kDay),
                 QStringLiteral("一只猫-在滑板上-2026-12-06.mp4"));
    }
    void emojiDropped()
    {
        QCOMPARE(ResultFileName::slug(QStringLiteral("🐱 cat 🛹 skate 🎉")),
                 QStringLiteral("cat-skate"));
        QCOMPARE(ResultFileName::forText(QStringLiteral("🐱🛹"), kDay),
                 QStringLiteral("kling-video-2026-12-06.mp4"));
    }
    void separatorsAndReservedCharacters()
    {
        const QString name = ResultFileName::forText(
            QStringLiteral("../etc/passwd: a \"quote\" <tag> a|b c?d e*f \\ g\t\nh"), kDay);
        QCOMPARE(name, QStringLiteral("etc-passwd-a-quote-tag-a-b-c-d-e-f-g-h-2026-12-06.mp4"));
        QVERIFY(portable(name));
    }
    void windowsDeviceNames()
    {
        for (const char *device : {"CON", "nul", "Com1", "LPT9", "aux", "PRN"}) {
            const QString slug = ResultFileName::slug(QString::fromLatin1(device));
            QVERIFY2(slug.endsWith(QStringLiteral("-video")), qPrintable(slug));
        }
        QCOMPARE(ResultFileName::slug(QStringLiteral("console")), QStringLiteral("console"));
    }
    void longPromptBounded()
    {
        const QString english = ResultFileName::slug(
            QStringLiteral("a very long prompt about a cat riding a skateboard down a hill at "
                           "sunset with the camera following"));
        QVERIFY(english.size() <= ResultFileName::kMaxSlugChars);
        QCOMPARE(english, QStringLiteral("a-very-long-prompt-about-a-cat-riding-a"));
        const QString chinese = ResultFileName::slug(QString(200, QChar(0x732b)));
        QCOMPARE(chinese.size(), ResultFileName::kMaxSlugChars);
        // A letter outside the BMP (two UTF-16 units) is never cut in half.
        QString wide;
        for (int i = 0; i < 60; ++i)
            wide += QString::fromUcs4(U"\U00020000");
        const QString cut = ResultFileName::slug(wide);
        QVERIFY(!cut.isEmpty());
        QVERIFY(!cut.back().isHighSurrogate());
        QCOMPARE(cut.toUcs4().size(), ResultFileName::kMaxSlugChars);
        QVERIFY(ResultFileName::forText(QString(5000, u'x'), kDay).toUtf8().size() < 200);
    }
    void emptyFallback()
    {
        QCOMPARE(ResultFileName::forText(QString(), kDay),
                 QStringLiteral("kling-video-2026-12-06.mp4"));
        QCOMPARE(ResultFileName::forText(QStringLiteral(" !?… "), kDay),
                 QStringLiteral("kling-video-2026-12-06.mp4"));
    }
    void multiShotUsesFirstShot()
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("unused main prompt");
        r.multiShot = true;
        r.shots = {Shot {QStringLiteral("Dawn over the sea"), 3}, Shot {QStringLiteral("noon"), 2}};
        QCOMPARE(ResultFileName::forRequest(r, kDay),
                 QStringLiteral("dawn-over-the-sea-2026-12-06.mp4"));
        r.multiShot = false;
        QCOMPARE(ResultFileName::forRequest(r, kDay, QStringLiteral("fb78cbf3")),
                 QStringLiteral("unused-main-prompt-2026-12-06-fb78cbf3.mp4"));
    }
    void unusedPathNeverNamesAnExistingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = ResultFileName::unusedPath(dir.path(), QStringLiteral("cat.mp4"));
        QCOMPARE(first, dir.filePath(QStringLiteral("cat.mp4")));
        QFile f(first);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(ResultFileName::unusedPath(dir.path(), QStringLiteral("cat.mp4")),
                 dir.filePath(QStringLiteral("cat-2.mp4")));
    }
};

QTEST_GUILESS_MAIN(TestResultFileName)
#include "tst_resultfilename.moc"
