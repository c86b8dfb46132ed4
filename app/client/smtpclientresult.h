#pragma once

#include "smtpreply.h"
#include "transcript.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

// What an SmtpClient conversation came to.
namespace RelayDesk {

struct SmtpClientResult
{
    enum class Outcome
    {
        Delivered, // the server took the message (250 after the data); see recipients for refusals
        Refused, // the server refused: at connect, AUTH, MAIL, every RCPT or the message
        Probed, // probe mode: the RCPTs were answered, then RSET and QUIT; no message was sent
        Failed, // no conversation: cannot connect, time-out, TLS failure, the server closed
        Cancelled // cancel() was called
    };

    // Where the conversation was when it ended (for Delivered and Probed: Done).
    enum class Stage
    {
        Connect,
        Greeting,
        Ehlo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        Message,
        Done
    };

    struct Recipient
    {
        QString address;
        SmtpReply reply; // invalid (code 0) when the RCPT was never answered
        bool accepted() const { return reply.isPositive(); }
    };

    Outcome outcome = Outcome::Failed;
    Stage stage = Stage::Connect;
    QList<Recipient> recipients;
    SmtpReply greetingReply; // the reply to the connection (220, or a refusal)
    SmtpReply mailReply; // the reply to MAIL FROM (invalid when it was not sent)
    SmtpReply finalReply; // the reply that decided: the end of data, or the refusal
    bool tls = false; // STARTTLS succeeded
    bool authenticated = false; // AUTH succeeded
    QString authMechanism; // "PLAIN" or "LOGIN" when AUTH was tried
    QString error; // a sentence for Failed (and for Refused, what was refused)
    QHostAddress localAddress; // the address the server saw the client come from
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    qint64 elapsedMs = 0;
    Transcript transcript;

    bool allRecipientsAccepted() const;
    int acceptedRecipients() const;

    static QString outcomeName(Outcome outcome); // "delivered", … (JSON)
    static QString stageName(Stage stage); // "connect", "rcpt", … (JSON)
    static QString stageText(Stage stage); // translated: "the greeting", "RCPT TO", …
    // The verdict in words: "Delivered: the server queued the message for 2 recipients.", …
    QString verdictText() const;
    QJsonObject toJson() const; // with the transcript
};

// "550 5.7.1 Unable to relay for x@y" (the lines joined); empty for an invalid reply.
QString replyToString(const SmtpReply &reply);

} // namespace RelayDesk
