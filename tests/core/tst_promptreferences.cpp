// PromptReferences: token parsing, the tokens a request makes available (in
// the API's numbering) and the warnings for tokens that name nothing.

#include "core/PromptReferences.h"
#include "core/RequestValidator.h"

#include <QTest>

using namespace ks;

namespace {

MediaRef local(const QString &path)
{
    MediaRef m;
    m.localPath = path;
    return m;
}

MediaRef remote(const QString &url)
{
    MediaRef m;
    m.url = url;
    return m;
}

QStringList tokens(const QList<AvailableReference> &list)
{
    QStringList out;
    for (const AvailableReference &a : list)
        out << a.token;
    return out;
}

QStringList messages(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.message;
    return out;
}

} // namespace

class TestPromptReferences : public QObject
{
    Q_OBJECT

private slots:
    void tokenSpelling()
    {
        QCOMPARE(PromptReferences::token(ReferenceKind::Element, 3),
                 QStringLiteral("<<<element_3>>>"));
        QCOMPARE(PromptReferences::token(ReferenceKind::Image, 12),
                 QStringLiteral("<<<image_12>>>"));
        QCOMPARE(PromptReferences::token(ReferenceKind::Video, 1), QStringLiteral("<<<video_1>>>"));
    }

    void parseFindsTokensInOrder()
    {
        const QString text = QStringLiteral("😀 <<<image_2>>> meets <<<element_1>>> in "
                                            "<<<video_1>>>, again <<<image_2>>>.");
        const QList<PromptToken> t = PromptReferences::parse(text);
        QCOMPARE(t.size(), 4);
        QCOMPARE(t.at(0).kind, ReferenceKind::Image);
        QCOMPARE(t.at(0).number, 2);
        QCOMPARE(t.at(0).position, 3); // the emoji is two UTF-16 units
        QCOMPARE(t.at(0).length, 13);
        QCOMPARE(text.mid(t.at(1).position, t.at(1).length), QStringLiteral("<<<element_1>>>"));
        QCOMPARE(t.at(1).kind, ReferenceKind::Element);
        QCOMPARE(t.at(2).kind, ReferenceKind::Video);
        QCOMPARE(t.at(3).position, text.lastIndexOf(QStringLiteral("<<<image_2>>>")));
    }

    void parseIgnoresMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("two brackets") << QStringLiteral("<<image_1>>");
        QTest::newRow("upper case") << QStringLiteral("<<<IMAGE_1>>>");
        QTest::newRow("spaces") << QStringLiteral("<<< image_1 >>>");
        QTest::newRow("no number") << QStringLiteral("<<<image_>>>");
        QTest::newRow("unknown kind") << QStringLiteral("<<<audio_1>>>");
        QTest::newRow("negative") << QStringLiteral("<<<image_-1>>>");
        QTest::newRow("empty") << QString();
    }

    void parseIgnoresMalformed()
    {
        QFETCH(QString, text);
        QVERIFY(PromptReferences::parse(text).isEmpty());
    }

    void parseKeepsZero()
    {
        const QList<PromptToken> t = PromptReferences::parse(QStringLiteral("<<<element_0>>>"));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().number, 0);
    }

    void availableNumbersAsTheApi()
    {
        GenerationRequest r;
        r.mode = Mode::ReferenceToVideo;
        r.elements = {{QStringLiteral("el_a"), false}, {QStringLiteral("el_b"), false}};
        r.referenceImages = {local(QStringLiteral("/tmp/one.png")),
                             remote(QStringLiteral("https://example.com/pics/two.jpg"))};
        r.video = local(QStringLiteral("/tmp/clip.mp4"));
        const QList<AvailableReference> a = PromptReferences::available(r);
        QCOMPARE(tokens(a),
                 QStringList({QStringLiteral("<<<element_1>>>"), QStringLiteral("<<<element_2>>>"),
                              QStringLiteral("<<<image_1>>>"), QStringLiteral("<<<image_2>>>"),
                              QStringLiteral("<<<video_1>>>")}));
        QCOMPARE(a.at(1).source, QStringLiteral("el_b"));
        QCOMPARE(a.at(2).source, QStringLiteral("one.png"));
        QCOMPARE(a.at(3).source, QStringLiteral("two.jpg"));
        QCOMPARE(a.at(4).source, QStringLiteral("clip.mp4"));
        QCOMPARE(a.at(3).number, 2);
    }

    void availableDependsOnMode()
    {
        GenerationRequest r;
        r.elements = {{QStringLiteral("el_a"), false}};
        r.referenceImages = {local(QStringLiteral("/tmp/one.png"))};
        r.video = local(QStringLiteral("/tmp/clip.mp4"));
        r.imageStart = local(QStringLiteral("/tmp/start.png"));

        r.mode = Mode::TextToVideo; // no images, no video in T2V
        QCOMPARE(tokens(PromptReferences::available(r)),
                 QStringList {QStringLiteral("<<<element_1>>>")});
        r.mode = Mode::ImageToVideo; // the first frame is not an image_N
        QCOMPARE(tokens(PromptReferences::available(r)),
                 QStringList({QStringLiteral("<<<element_1>>>"), QStringLiteral("<<<image_1>>>")}));
        r.mode = Mode::VideoEdit;
        QCOMPARE(tokens(PromptReferences::available(r)),
                 QStringList({QStringLiteral("<<<element_1>>>"), QStringLiteral("<<<image_1>>>"),
                              QStringLiteral("<<<video_1>>>")}));
        r.video = MediaRef();
        QCOMPARE(PromptReferences::available(r).size(), 2);
        r.mode = Mode::CustomElement;
        QVERIFY(PromptReferences::available(r).isEmpty());
    }

    void noWarningsWhenEverythingExists()
    {
        GenerationRequest r;
        r.mode = Mode::VideoEdit;
        r.aspectRatio.reset();
        r.elements = {{QStringLiteral("el_a"), false}};
        r.referenceImages = {remote(QStringLiteral("https://example.com/one.png"))};
        r.video = remote(QStringLiteral("https://example.com/clip.mp4"));
        r.prompt = QStringLiteral("Put <<<element_1>>> in <<<video_1>>> styled as <<<image_1>>>");
        QVERIFY(PromptReferences::warnings(r).isEmpty());
        QVERIFY(RequestValidator::warnings(r).isEmpty());
        // Warnings never become errors: a dangling token does not block Generate.
        r.prompt += QStringLiteral(" <<<image_7>>>");
        QCOMPARE(RequestValidator::warnings(r).size(), 1);
        const QList<ValidationIssue> errors = RequestValidator::validate(r);
        QVERIFY2(errors.isEmpty(), qPrintable(messages(errors).join(u'\n')));
    }

    void warningsNameTheMissingThing()
    {
        GenerationRequest r;
        r.mode = Mode::ReferenceToVideo;
        r.elements = {{QStringLiteral("el_a"), false}, {QStringLiteral("el_b"), false}};
        r.referenceImages = {local(QStringLiteral("/tmp/one.png"))};
        r.prompt = QStringLiteral(
            "<<<element_3>>> <<<element_3>>> <<<image_2>>> <<<video_1>>> <<<element_0>>>");
        const QList<ValidationIssue> w = RequestValidator::warnings(r);
        QCOMPARE(messages(w),
                 QStringList(
                     {QStringLiteral("The prompt mentions <<<element_3>>>, but only 2 element(s) "
                                     "are attached."),
                      QStringLiteral("The prompt mentions <<<image_2>>>, but only 1 reference "
                                     "image(s) are attached."),
                      QStringLiteral("The prompt mentions <<<video_1>>>, but no video is set."),
                      QStringLiteral("The prompt mentions <<<element_0>>>, but references are "
                                     "numbered from 1.")}));
        for (const ValidationIssue &i : w)
            QCOMPARE(i.field, Field::Prompt);
    }

    void warningsForKindsTheModeLacks()
    {
        GenerationRequest r;
        r.mode = Mode::TextToVideo;
        r.referenceImages = {local(QStringLiteral("/tmp/one.png"))}; // not sent by T2V
        r.prompt = QStringLiteral("<<<image_1>>> and <<<video_1>>> and <<<element_1>>>");
        QCOMPARE(messages(PromptReferences::warnings(r)),
                 QStringList({QStringLiteral("The prompt mentions <<<image_1>>>, but Text to video "
                                             "takes no reference images."),
                              QStringLiteral("The prompt mentions <<<video_1>>>, but Text to video "
                                             "takes no video."),
                              QStringLiteral("The prompt mentions <<<element_1>>>, but no element "
                                             "is attached.")}));

        r.mode = Mode::VideoEdit;
        r.video = remote(QStringLiteral("https://example.com/clip.mp4"));
        r.prompt = QStringLiteral("<<<video_2>>>");
        QCOMPARE(messages(PromptReferences::warnings(r)),
                 QStringList {QStringLiteral("The prompt mentions <<<video_2>>>, but a request has "
                                             "only one video (<<<video_1>>>).")});
        r.referenceImages.clear();
        r.prompt = QStringLiteral("<<<image_1>>>");
        QCOMPARE(messages(PromptReferences::warnings(r)),
                 QStringList {QStringLiteral("The prompt mentions <<<image_1>>>, but no reference "
                                             "image is attached.")});
    }

    void multiShotChecksTheShotsNotThePrompt()
    {
        GenerationRequest r;
        r.mode = Mode::TextToVideo;
        r.durationSeconds = 6;
        r.multiShot = true;
        r.elements = {{QStringLiteral("el_a"), false}};
        r.prompt = QStringLiteral("<<<element_9>>> is ignored by the API with multi-shot");
        r.shots = {{QStringLiteral("<<<element_1>>> wakes up"), 3},
                   {QStringLiteral("<<<element_2>>> arrives"), 3}};
        const QList<ValidationIssue> w = PromptReferences::warnings(r);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().field, Field::Shots);
        QCOMPARE(w.first().message,
                 QStringLiteral("Shot 2 mentions <<<element_2>>>, but only 1 "
                                "element(s) are attached."));

        r.multiShot = false; // now the prompt is what the API reads
        QCOMPARE(PromptReferences::warnings(r).size(), 1);
        QCOMPARE(PromptReferences::warnings(r).first().field, Field::Prompt);
    }

    void customElementHasNoPrompt()
    {
        GenerationRequest r;
        r.mode = Mode::CustomElement;
        r.prompt = QStringLiteral("<<<image_5>>>");
        QVERIFY(PromptReferences::warnings(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPromptReferences)
#include "tst_promptreferences.moc"
