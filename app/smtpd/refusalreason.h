#pragma once

#include "relaypolicy.h"
#include "smtpdata.h"

#include <QString>

// The names under which the listener counts refusals in `status` ("relay-denied",
// "message-size", …), and the rule text an event names.
namespace RelayDesk {

// The reason for a refused connection, sender or recipient decision.
QString refusalReason(const Decision &decision);
// The reason for a message refused at the end of DATA.
QString dataRefusalReason(SmtpDataReceiver::Error error);
// The rules that decided, as one line for the event log.
QString traceText(const Decision &decision);

} // namespace RelayDesk
