#include "smtpclientresult.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace RelayDesk {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClientResult)
};

} // namespace

QString replyToString(const SmtpReply &reply)
{
    if (!reply.isValid())
        return QString();
    QString line = QString::number(reply.code);
    if (!reply.enhancedCode.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(reply.enhancedCode);
    const QByteArray text = reply.text();
    if (!text.isEmpty())
        line += QLatin1Char(' ') + QString::fromUtf8(text);
    return line;
}

bool SmtpClientResult::allRecipientsAccepted() const
{
    return !recipients.isEmpty()
        && std::all_of(recipients.cbegin(), recipients.cend(),
                       [](const Recipient &r) { return r.accepted(); });
}

int SmtpClientResult::acceptedRecipients() const
{
    return int(std::count_if(recipients.cbegin(), recipients.cend(),
                             [](const Recipient &r) { return r.accepted(); }));
}

QString SmtpClientResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Probed:
        return QStringLiteral("probed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString SmtpClientResult::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Connect:
        return QStringLiteral("connect");
    case Stage::Greeting:
        return QStringLiteral("greeting");
    case Stage::Ehlo:
        return QStringLiteral("ehlo");
    case Stage::StartTls:
        return QStringLiteral("starttls");
    case Stage::Auth:
        return QStringLiteral("auth");
    case Stage::Mail:
        return QStringLiteral("mail");
    case Stage::Rcpt:
        return QStringLiteral("rcpt");
    case Stage::Data:
        return QStringLiteral("data");
    case Stage::Message:
        return QStringLiteral("message");
    case Stage::Done:
        return QStringLiteral("done");
    }
    return QString();
}

QString SmtpClientResult::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Connect:
        return Text::tr("the connection");
    case Stage::Greeting:
        return Text::tr("the greeting");
    case Stage::Ehlo:
        return Text::tr("EHLO/HELO");
    case Stage::StartTls:
        return Text::tr("STARTTLS");
    case Stage::Auth:
        return Text::tr("AUTH");
    case Stage::Mail:
        return Text::tr("MAIL FROM");
    case Stage::Rcpt:
        return Text::tr("RCPT TO");
    case Stage::Data:
        return Text::tr("DATA");
    case Stage::Message:
        return Text::tr("the end of the message");
    case Stage::Done:
        return Text::tr("the end of the conversation");
    }
    return QString();
}

QString SmtpClientResult::verdictText() const
{
    const int accepted = acceptedRecipients();
    const int refused = int(recipients.size()) - accepted;
    switch (outcome) {
    case Outcome::Delivered:
        if (refused == 0)
            return Text::tr("Delivered: the server queued the message for %n recipient(s).", "", accepted);
        return Text::tr("Partly delivered: the server queued the message for %1 and refused %2.")
            .arg(Text::tr("%n recipient(s)", "", accepted), Text::tr("%n recipient(s)", "", refused));
    case Outcome::Refused:
        if (stage == Stage::Rcpt)
            return Text::tr("Refused: the server accepted none of the recipients; no message was sent.");
        return Text::tr("Refused at %1: %2").arg(stageText(stage), replyToString(finalReply));
    case Outcome::Probed:
        if (refused == 0)
            return Text::tr("Probed: the server would accept every recipient (%n); no message was sent.", "",
                            accepted);
        return Text::tr("Probed: the server would accept %1 and refuses %2; no message was sent.")
            .arg(Text::tr("%n recipient(s)", "", accepted), Text::tr("%n recipient(s)", "", refused));
    case Outcome::Failed:
        return Text::tr("Failed at %1: %2").arg(stageText(stage), error);
    case Outcome::Cancelled:
        return Text::tr("Cancelled at %1.").arg(stageText(stage));
    }
    return QString();
}

QJsonObject SmtpClientResult::toJson() const
{
    QJsonArray rcpts;
    for (const Recipient &r : recipients)
        rcpts.append(QJsonObject{{QStringLiteral("address"), r.address},
                                 {QStringLiteral("accepted"), r.accepted()},
                                 {QStringLiteral("code"), r.reply.code},
                                 {QStringLiteral("reply"), replyToString(r.reply)}});
    return QJsonObject{
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("stage"), stageName(stage)},
        {QStringLiteral("verdict"), verdictText()},
        {QStringLiteral("error"), error},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("authenticated"), authenticated},
        {QStringLiteral("authMechanism"), authMechanism},
        {QStringLiteral("localAddress"), localAddress.isNull() ? QString() : localAddress.toString()},
        {QStringLiteral("peerAddress"), peerAddress.isNull() ? QString() : peerAddress.toString()},
        {QStringLiteral("peerPort"), int(peerPort)},
        {QStringLiteral("mailReply"), replyToString(mailReply)},
        {QStringLiteral("finalReply"), replyToString(finalReply)},
        {QStringLiteral("finalCode"), finalReply.code},
        {QStringLiteral("recipients"), rcpts},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("transcript"), transcriptToJson(transcript)}};
}

} // namespace RelayDesk
