#pragma once

#include "clicontext.h"
#include "listenercheck.h"
#include "relaypolicy.h"

#include <QJsonObject>

// explain --check-listener: the envelope against the running listener, compared with the database.
namespace RelayDesk {

struct LiveCheck
{
    QString host;
    quint16 port = 0;
    SmtpClientResult probe;
    ListenerComparison comparison;

    // ExitOk when the listener agrees, ExitNegative when it disagrees, ExitEnvironment when it cannot
    // be reached.
    int exitCode() const;
    QJsonObject toJson() const;
};

// Why `client` cannot be the live check's source address; empty when it can.
QString liveCheckSourceProblem(const QHostAddress &client);

// Runs the probe from facts.client (bound as the source address), with STARTTLS when facts.tls and
// AUTH as facts.authenticatedUser with `password` when set.
LiveCheck runLiveCheck(const RelayPolicy &policy, const SessionFacts &facts, const QString &password,
                       const QString &from, const QStringList &to, const RelayPolicy::Evaluation &expected);

void printLiveCheck(QTextStream &out, const LiveCheck &check, int revision);

} // namespace RelayDesk
