#pragma once

#include <QList>
#include <QString>

namespace RelayDesk {

// One finding of the reader, the validator or the linter, with the field path it concerns:
// "virtualServers[0].relayRestrictions.entries[1].mask: 255.0.255.0 is not a contiguous netmask".
struct Problem
{
    enum class Severity
    {
        Error, // the configuration cannot be stored or enforced
        Warning // allowed, but dangerous or probably a mistake (lint)
    };

    Severity severity = Severity::Error;
    QString path;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Problem &o) const
    {
        return severity == o.severity && path == o.path && message == o.message;
    }
    QString toString() const; // "path: message" (just the message when path is empty)
};

bool hasErrors(const QList<Problem> &problems);

} // namespace RelayDesk
