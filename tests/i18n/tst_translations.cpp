// The zh_CN translation is complete: every string lupdate finds in the
// sources is in the committed .ts, translated, and the embedded .qm loads.

#include "platform/LanguageManager.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
    QStringList numerusForms;
};

QList<TsEntry> readTs(const QString &path)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsEntry {};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.numerusForms << xml.readElementText();
                current.translation = current.numerusForms.join(QLatin1Char('|'));
            } else {
                current.translation = xml.readElementText();
            }
            entries << current;
        }
    }
    return entries;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void noUnfinishedEntries();
    void sourcesAreAllInTheTsFile();
    void embeddedCatalogTranslates();
};

void TestTranslations::noUnfinishedEntries()
{
    const auto entries = readTs(QStringLiteral(KS_TS_FILE));
    QVERIFY2(entries.size() > 100, "the zh_CN catalogue is suspiciously small");
    QStringList problems;
    for (const TsEntry &e : entries) {
        if (e.type == QLatin1String("obsolete") || e.type == QLatin1String("vanished"))
            continue;
        if (e.type == QLatin1String("unfinished") || e.translation.trimmed().isEmpty())
            problems << e.context + QStringLiteral(": ") + e.source;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sourcesAreAllInTheTsFile()
{
    // Run lupdate over the sources into a scratch file: every message it
    // finds must already be translated in the committed catalogue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("scratch_zh_CN.ts"));
    QStringList files;
    for (const auto *folder : {"app", "ui"}) {
        QDirIterator it(QStringLiteral(KS_SOURCE_ROOT) + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(!files.isEmpty());
    QProcess lupdate;
    lupdate.start(QStringLiteral(KS_LUPDATE),
                  QStringList {QStringLiteral("-silent"), QStringLiteral("-locations"),
                               QStringLiteral("none"), QStringLiteral("-target-language"),
                               QStringLiteral("zh_CN"),
                               // The include roots, so "form/GenerationForm.h" resolves
                               // and lupdate sees each class in its ks:: namespace.
                               QStringLiteral("-I"), QStringLiteral(KS_SOURCE_ROOT "/app"),
                               QStringLiteral("-I"), QStringLiteral(KS_SOURCE_ROOT "/ui")}
                      + files + QStringList {QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QSet<QString> translated;
    for (const TsEntry &e : readTs(QStringLiteral(KS_TS_FILE))) {
        if (e.type.isEmpty() && !e.translation.trimmed().isEmpty())
            translated.insert(e.context + QChar(0) + e.source);
    }
    QStringList missing;
    const auto found = readTs(scratch);
    QVERIFY(found.size() > 100);
    for (const TsEntry &e : found) {
        if (!translated.contains(e.context + QChar(0) + e.source))
            missing << e.context + QStringLiteral(": ") + e.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("run the update_translations target and translate:\n")
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogTranslates()
{
    ks::LanguageManager manager;
    manager.apply(QStringLiteral("zh_CN"));
    QCOMPARE(manager.current(), QStringLiteral("zh_CN"));
    // A string every build has: the job state shown in the history.
    const QString done = QCoreApplication::translate("JobState", "Done");
    QVERIFY2(done != QLatin1String("Done"), qPrintable(done));
    manager.apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("JobState", "Done"), QStringLiteral("Done"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
