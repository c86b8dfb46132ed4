#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

// The transcript of an SMTP conversation: every line as it happened, with its direction and time.
namespace RelayDesk {

struct TranscriptLine
{
    enum class Direction
    {
        Client, // a command line the client sent ("C: ")
        Server, // a reply line the server sent ("S: ")
        Info, // what the client did or noticed: connecting, time-outs, errors ("*  ")
        Tls // the TLS handshake: protocol, cipher, certificate and its problems ("*  ")
    };

    Direction direction = Direction::Info;
    QString text;
    qint64 elapsedMs = 0; // milliseconds since the conversation started

    // "C: ", "S: ", "*  "
    static QString prefix(Direction direction);
    // "client", "server", "info", "tls" (JSON and reports)
    static QString directionName(Direction direction);
    // "C: MAIL FROM:<a@b>"
    QString toText() const { return prefix(direction) + text; }
};

using Transcript = QList<TranscriptLine>;

// [{"direction": "client", "text": "…", "ms": 12}, …]
QJsonArray transcriptToJson(const Transcript &transcript);
// One line each, "[   12 ms] C: MAIL FROM:<a@b>"; without times when withTimes is false.
QString transcriptToText(const Transcript &transcript, bool withTimes = true);

} // namespace RelayDesk
