#include "refusalreason.h"

namespace RelayDesk {

QString refusalReason(const Decision &decision)
{
    const QString &e = decision.enhancedCode;
    if (decision.code == 554 && e == QLatin1String("5.7.1"))
        return QStringLiteral("connection-denied");
    if (decision.code == 421)
        return QStringLiteral("too-many-connections");
    if (e == QLatin1String("5.7.1"))
        return QStringLiteral("relay-denied");
    if (e == QLatin1String("5.1.1"))
        return QStringLiteral("unknown-recipient");
    if (decision.code == 530)
        return decision.text.contains(QLatin1String("STARTTLS")) ? QStringLiteral("tls-required")
                                                                 : QStringLiteral("authentication-required");
    if (decision.code == 552)
        return QStringLiteral("message-size");
    if (decision.code == 452)
        return QStringLiteral("too-many-recipients");
    if (decision.code == 501)
        return QStringLiteral("address-syntax");
    if (decision.code == 553)
        return QStringLiteral("non-ascii-address");
    return QStringLiteral("other");
}

QString dataRefusalReason(SmtpDataReceiver::Error error)
{
    switch (error) {
    case SmtpDataReceiver::Error::BareCrOrLf:
        return QStringLiteral("bare-cr-lf");
    case SmtpDataReceiver::Error::LineTooLong:
        return QStringLiteral("line-too-long");
    case SmtpDataReceiver::Error::TooBig:
        return QStringLiteral("message-size");
    case SmtpDataReceiver::Error::RoutingLoop:
        return QStringLiteral("routing-loop");
    case SmtpDataReceiver::Error::None:
        break;
    }
    return QStringLiteral("other");
}

QString traceText(const Decision &decision)
{
    return decision.trace.join(QStringLiteral("; "));
}

} // namespace RelayDesk
