#include "sim/SimModeration.h"

#include "sim/SimFilesApi.h"
#include "sim/SimHttpServer.h"
#include "sim/SimRandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

const QStringList &categories()
{
    static const QStringList all = {u"harassment"_s,
                                    u"harassment/threatening"_s,
                                    u"hate"_s,
                                    u"hate/threatening"_s,
                                    u"illicit"_s,
                                    u"illicit/violent"_s,
                                    u"self-harm"_s,
                                    u"self-harm/intent"_s,
                                    u"self-harm/instructions"_s,
                                    u"sexual"_s,
                                    u"sexual/minors"_s,
                                    u"violence"_s,
                                    u"violence/graphic"_s};
    return all;
}

// Categories EvoLink scores on text only (the rest on text and image).
bool textOnly(const QString &category)
{
    return category.startsWith(u"harassment"_s) || category.startsWith(u"hate"_s)
        || category.startsWith(u"illicit"_s) || category == u"sexual/minors"_s;
}

// The simulator's rule: a word in the text gives its category this score.
// Scores of 0.9 cross every high threshold (flagged); 0.55 only the medium
// one of violence (risk "medium", not flagged).
struct Trigger
{
    const char *word;
    const char *category;
    double score;
};
constexpr Trigger kTriggers[] = {
    {"gore", "violence/graphic", 0.92}, {"bloodbath", "violence/graphic", 0.95},
    {"massacre", "violence", 0.9},      {"nude", "sexual", 0.91},
    {"naked", "sexual", 0.9},           {"suicide", "self-harm", 0.9},
    {"hate speech", "hate", 0.9},       {"bomb recipe", "illicit/violent", 0.9},
    {"sword fight", "violence", 0.55},
};

// The medium / high thresholds of the documented table (max of the two
// per family is enough here: the rule's scores are far from the edges).
double highThreshold(const QString &c)
{
    if (c == u"sexual/minors"_s)
        return 0.20;
    if (c.startsWith(u"self-harm"_s))
        return 0.60;
    if (c == u"violence/graphic"_s || c == u"illicit/violent"_s)
        return 0.70;
    if (c == u"harassment"_s || c == u"hate"_s || c == u"illicit"_s)
        return 0.85;
    return 0.80;
}

double mediumThreshold(const QString &c)
{
    if (c == u"sexual/minors"_s)
        return 0.05;
    if (c.startsWith(u"self-harm"_s))
        return 0.30;
    if (c == u"violence/graphic"_s || c == u"illicit/violent"_s)
        return 0.40;
    if (c == u"harassment"_s || c == u"hate"_s || c == u"illicit"_s)
        return 0.60;
    return 0.50;
}

SimReply invalid(const QString &message, const QString &param = u"input"_s)
{
    return SimReply::apiError(400, u"invalid_request"_s, message, param);
}

} // namespace

SimReply SimModeration::moderate(const SimRequest &req, const SimFilesApi &files)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(u"body: must be a JSON object"_s, {});
    const QJsonObject o = doc.object();
    if (o.value(u"model"_s).toString() != u"evolink-moderation-1.0"_s)
        return SimReply::apiError(404, u"model_not_found"_s, u"Specified model not found"_s,
                                  u"model"_s);
    const QJsonArray input = o.value(u"input"_s).toArray();
    if (input.isEmpty())
        return invalid(u"field input is required"_s);
    QString text;
    bool hasText = false;
    int images = 0;
    for (const QJsonValue &v : input) {
        const QJsonObject item = v.toObject();
        const QString type = item.value(u"type"_s).toString();
        if (type == u"text"_s) {
            if (!item.value(u"text"_s).isString())
                return invalid(u"input: a text item needs a string \"text\""_s);
            text += item.value(u"text"_s).toString().toLower() + u'\n';
            hasText = true;
        } else if (type == u"image_url"_s) {
            if (++images > 1)
                return invalid(u"input: at most 1 image per request"_s);
            const QString url = item.value(u"image_url"_s).toObject().value(u"url"_s).toString();
            const SimMediaRef ref = files.media(url);
            if (ref.origin == SimMediaRef::Origin::OwnMissing)
                return invalid(u"input: the image could not be fetched"_s);
            // Its own uploads are on loopback http; anything else must be https.
            if (ref.origin != SimMediaRef::Origin::Own && QUrl(url).scheme() != u"https"_s)
                return invalid(u"input: images must be provided as HTTPS URLs"_s);
        } else {
            return invalid(u"input: each item is of type text or image_url"_s);
        }
    }

    QJsonObject flags;
    QJsonObject scores;
    QJsonObject applied;
    QJsonArray violations;
    double maxScore = 0;
    QString maxCategory = categories().constFirst();
    bool high = false;
    bool medium = false;
    for (const QString &c : categories()) {
        double score = 0;
        for (const Trigger &t : kTriggers) {
            if (QLatin1String(t.category) == c && text.contains(QLatin1String(t.word)))
                score = qMax(score, t.score);
        }
        if (hasText && score == 0)
            score = 0.0001; // what an innocent text scores, roughly
        const bool over = score >= highThreshold(c);
        flags.insert(c, over);
        scores.insert(c, score);
        QJsonArray types;
        if (hasText)
            types.append(u"text"_s);
        if (images > 0 && !textOnly(c))
            types.append(u"image"_s);
        applied.insert(c, types);
        if (over) {
            high = true;
            violations.append(c);
        } else if (score >= mediumThreshold(c)) {
            medium = true;
        }
        if (score > maxScore) {
            maxScore = score;
            maxCategory = c;
        }
    }
    const QJsonObject summary {{u"risk_level"_s,
                                high         ? u"high"_s
                                    : medium ? u"medium"_s
                                             : u"low"_s},
                               {u"flagged"_s, high},
                               {u"violations"_s, violations},
                               {u"max_score"_s, maxScore},
                               {u"max_category"_s, maxCategory}};
    const QJsonObject result {{u"flagged"_s, high},
                              {u"categories"_s, flags},
                              {u"category_scores"_s, scores},
                              {u"category_applied_input_types"_s, applied}};
    return SimReply::json(200,
                          QJsonObject {{u"evolink_summary"_s, summary},
                                       {u"id"_s, u"modr-"_s + SimRandom::alnum(32)},
                                       {u"model"_s, u"evolink-moderation-1.0"_s},
                                       {u"results"_s, QJsonArray {result}}});
}

} // namespace ks
