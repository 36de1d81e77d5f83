#pragma once
// The optional check before paying (API.md §10.1 #15): sends the prompt and
// the first image that is already online through POST /v1/moderations and
// says whether EvoLink's moderation would likely refuse it. Local images not
// uploaded yet are not checked: uploading one only to check it would take a
// slot of the file quota (§10.1 #10). Never blocks on its own: an error or a
// timeout ends as CouldNotRun, and the caller goes on with the job.

#include "core/GenerationRequest.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace ks {

class ApiReply;
class EvoLinkClient;

class ModerationPrecheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationPrecheck)
public:
    enum class Outcome { Clear, Flagged, CouldNotRun };
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit ModerationPrecheck(EvoLinkClient *client, QObject *parent = nullptr);
    ~ModerationPrecheck() override;

    void setTimeoutMs(int ms);
    // Starts the check; finished() follows once (also when there is
    // nothing to check: then Clear). A check already running is dropped.
    void start(const GenerationRequest &request);
    bool isRunning() const;

    Outcome outcome() const { return m_outcome; }
    // Flagged: EvoLink's category name (e.g. "violence/graphic").
    QString category() const { return m_category; }
    // CouldNotRun: why, in the user's language.
    QString problem() const { return m_problem; }

    // What is sent: the prompt(s) and element texts of the request; the https
    // link of its first image that is already online ("" when none).
    static QString textOf(const GenerationRequest &request);
    static QString imageUrlOf(const GenerationRequest &request);
    // "Likely to be refused: graphic violence" for EvoLink's category name.
    static QString verdictText(const QString &category);

signals:
    void finished();

private:
    void onReplied();
    void end(Outcome outcome);

    EvoLinkClient *m_client;
    QPointer<ApiReply> m_reply;
    QTimer m_timeout;
    Outcome m_outcome = Outcome::Clear;
    QString m_category;
    QString m_problem;
};

} // namespace ks
