#include "transcript.h"

#include <QJsonObject>

namespace RelayDesk {

QString TranscriptLine::prefix(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C: ");
    case Direction::Server:
        return QStringLiteral("S: ");
    case Direction::Info:
    case Direction::Tls:
        return QStringLiteral("*  ");
    }
    return QString();
}

QString TranscriptLine::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Info:
        return QStringLiteral("info");
    case Direction::Tls:
        return QStringLiteral("tls");
    }
    return QString();
}

QJsonArray transcriptToJson(const Transcript &transcript)
{
    QJsonArray lines;
    for (const TranscriptLine &line : transcript)
        lines.append(QJsonObject{{QStringLiteral("direction"), TranscriptLine::directionName(line.direction)},
                                 {QStringLiteral("text"), line.text},
                                 {QStringLiteral("ms"), line.elapsedMs}});
    return lines;
}

QString transcriptToText(const Transcript &transcript, bool withTimes)
{
    QString text;
    for (const TranscriptLine &line : transcript) {
        if (withTimes)
            text += QStringLiteral("[%1 ms] ").arg(line.elapsedMs, 6);
        text += line.toText() + QLatin1Char('\n');
    }
    return text;
}

} // namespace RelayDesk
