#pragma once

#include "relaypolicy.h"
#include "smtpclientresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Explain's live check: the same envelope against the running listener (probe mode: up to RCPT,
// then RSET; no message is sent), answer by answer against the database's decisions.
namespace RelayDesk {

struct ListenerComparison
{
    struct Row
    {
        QString command; // "(connect)", "MAIL FROM:<…>", "RCPT TO:<…>"
        QString database; // the database's reply
        QString listener; // the listener's reply; empty when it gave none
        bool agrees = false;
    };

    QList<Row> rows;
    bool reached = false; // the listener answered the envelope (the probe was not a failure)
    QString error; // why not

    bool agrees() const; // reached, and every row agrees
    int disagreements() const;
    QJsonObject toJson() const;
};

// `probe`: a probe-mode conversation with the envelope `from`/`to` of `expected`.
ListenerComparison compareWithListener(const RelayPolicy::Evaluation &expected, const SmtpClientResult &probe,
                                       const QString &from, const QStringList &to);

} // namespace RelayDesk
