#pragma once

#include "config.h"

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

// The warnings the console shows above the details list.
class ConsoleWarnings final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleWarnings)

public:
    // One line per virtual server that is an open relay, naming it and the reason
    // (Validation::isOpenRelay). Empty when no server is.
    static QString openRelay(const Config &config);
};

} // namespace RelayDesk
