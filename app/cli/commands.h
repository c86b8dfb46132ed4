#pragma once

#include "command.h"

namespace RelayDesk {

#define RELAYDESK_COMMAND(Class)                                                                             \
    class Class final : public Command                                                                       \
    {                                                                                                        \
    public:                                                                                                  \
        Class();                                                                                             \
                                                                                                             \
    protected:                                                                                               \
        void setup(QCommandLineParser &parser) override;                                                     \
        int execute(CliContext &context, const QCommandLineParser &parser) override;                         \
    };

RELAYDESK_COMMAND(InitCommand)
RELAYDESK_COMMAND(ShowCommand)
RELAYDESK_COMMAND(ExportCommand)
RELAYDESK_COMMAND(ImportCommand)
RELAYDESK_COMMAND(ExplainCommand)
RELAYDESK_COMMAND(HistoryCommand)
RELAYDESK_COMMAND(RollbackCommand)
RELAYDESK_COMMAND(UserCommand)
RELAYDESK_COMMAND(SmartHostPasswordCommand)
RELAYDESK_COMMAND(ListenerCommand)
RELAYDESK_COMMAND(SyncCommand)
RELAYDESK_COMMAND(StatusCommand)
RELAYDESK_COMMAND(LogCommand)
RELAYDESK_COMMAND(QueueCommand)
RELAYDESK_COMMAND(TestSendCommand)
RELAYDESK_COMMAND(RelayTestCommand)

#undef RELAYDESK_COMMAND

} // namespace RelayDesk
