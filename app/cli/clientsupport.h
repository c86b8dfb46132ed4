#pragma once

#include "clicontext.h"
#include "transcript.h"

#include <QHostAddress>

// What test-send, relay-test and explain --check-listener share.
namespace RelayDesk {

// The virtual server named `name`, or the only one when `name` is empty: ExitOk with *index set,
// else the usage error after printing it.
int findVirtualServer(CliContext &context, const Config &config, const QString &name, int *index);

// "C: MAIL FROM:<a@b>" and flushed, so the transcript appears as it happens.
void printTranscriptLine(QTextStream &out, const TranscriptLine &line);

} // namespace RelayDesk
