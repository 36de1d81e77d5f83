// BatchFile: the CSV (RFC 4180) and text readers behind klingstudio-cli batch.

#include "core/BatchFile.h"

#include <QtTest>

using namespace ks;

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

class TestBatchFile : public QObject
{
    Q_OBJECT

private slots:
    void csvAsSpreadsheetsWriteIt()
    {
        const BatchFile file = BatchFile::parseCsv("\xEF\xBB\xBF Prompt ,Duration,image_start\r\n"
                                                   "\"A fox, running\",5,\r\n"
                                                   "\"Two lines\r\nof prompt\",,/tmp/a b.png\r\n"
                                                   "\r\n"
                                                   "\"He said \"\"hi\"\"\",10\r\n"
                                                   ",,\r\n");
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.columns, strings({"prompt", "duration", "image_start"}));
        QCOMPARE(file.rows.size(), 3); // the empty line and the row of empty cells are no jobs
        QCOMPARE(file.rows.at(0).line, 2);
        QCOMPARE(file.rows.at(0).names, strings({"prompt", "duration"}));
        QCOMPARE(file.rows.at(0).values, strings({"A fox, running", "5"}));
        QCOMPARE(file.rows.at(1).line, 3);
        QCOMPARE(file.rows.at(1).names, strings({"prompt", "image_start"}));
        QCOMPARE(file.rows.at(1).values, strings({"Two lines\r\nof prompt", "/tmp/a b.png"}));
        QCOMPARE(file.rows.at(2).line, 6); // counted past the quoted line break and the gap
        QCOMPARE(file.rows.at(2).values, strings({"He said \"hi\"", "10"}));
    }

    void csvMistakesAreNamedByLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed") << QByteArray("prompt\nok\n\"never closed\n")
                                  << QStringLiteral("Line 3: a quoted field is not closed.");
        QTest::newRow("too many fields")
            << QByteArray("prompt,duration\na,5\nb,5,x\n")
            << QStringLiteral("Line 3 has 3 fields, the header names 2.");
        QTest::newRow("no header")
            << QByteArray("A fox running,5\n")
            << QStringLiteral("Line 1 must name the columns, with at least \"prompt\" "
                              "(found: a fox running, 5).");
        QTest::newRow("empty") << QByteArray("")
                               << QStringLiteral(
                                      "The file is empty: the first line must name the columns "
                                      "(e.g. prompt,duration,quality).");
        QTest::newRow("no job") << QByteArray("prompt,duration\n\n")
                                << QStringLiteral("The file names its columns but holds no job.");
    }

    void csvMistakesAreNamedByLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const BatchFile file = BatchFile::parseCsv(csv);
        QCOMPARE(file.error, error);
        QVERIFY(file.rows.isEmpty());
    }

    void textIsOnePromptALine()
    {
        const BatchFile file =
            BatchFile::parseText("# a storyboard\n  A lighthouse at dawn  \n\nWaves, slow\r\n#x\n");
        QVERIFY(file.error.isEmpty());
        QCOMPARE(file.rows.size(), 2);
        QCOMPARE(file.rows.at(0).line, 2);
        QCOMPARE(file.rows.at(0).values, strings({"A lighthouse at dawn"}));
        QCOMPARE(file.rows.at(1).line, 4);
        QCOMPARE(file.rows.at(1).values, strings({"Waves, slow"}));
        QVERIFY(!BatchFile::parseText("# nothing\n\n").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchFile)
#include "tst_batchfile.moc"
