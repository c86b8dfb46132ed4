#pragma once

#include "configjson.h"

#include <QByteArray>
#include <QFile>
#include <QString>

// The example configuration of the contract (shared/contract/config-v1.example.json), which
// CTest points to with RELAYDESK_SHARED_DIR.
namespace RelayDesk::TestSupport {

inline QString examplePath()
{
    return qEnvironmentVariable("RELAYDESK_SHARED_DIR") + QStringLiteral("/contract/config-v1.example.json");
}

inline QByteArray exampleJson()
{
    QFile file(examplePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the example configuration %s (set RELAYDESK_SHARED_DIR)",
               qPrintable(examplePath()));
    return file.readAll();
}

inline Config exampleConfig()
{
    Config config;
    QList<Problem> problems;
    if (!ConfigJson::read(exampleJson(), &config, &problems))
        qFatal("the example configuration does not read: %s", qPrintable(problems.value(0).toString()));
    return config;
}

} // namespace RelayDesk::TestSupport
