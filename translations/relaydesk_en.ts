<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="136"/>
        <source>%n message(s) will be attempted now.</source>
        <translation>
            <numerusform>%n message will be attempted now.</numerusform>
            <numerusform>%n messages will be attempted now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="138"/>
        <source>%n message(s) frozen: they are not attempted until unfrozen.</source>
        <translation>
            <numerusform>%n message frozen: it is not attempted until unfrozen.</numerusform>
            <numerusform>%n messages frozen: they are not attempted until unfrozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="141"/>
        <source>%n message(s) unfrozen.</source>
        <translation>
            <numerusform>%n message unfrozen.</numerusform>
            <numerusform>%n messages unfrozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_queue.cpp" line="143"/>
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message deleted.</numerusform>
            <numerusform>%n messages deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_sync.cpp" line="58"/>
        <source>Queues:    %n message(s) waiting for delivery</source>
        <translation>
            <numerusform>Queues:    %n message waiting for delivery</numerusform>
            <numerusform>Queues:    %n messages waiting for delivery</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigJson</name>
    <message numerus="yes">
        <location filename="../app/core/jsonduplicates.cpp" line="112"/>
        <source>field appears %n times (%1)</source>
        <translation>
            <numerusform>field appears %n time (%1)</numerusform>
            <numerusform>field appears %n times (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="28"/>
        <source>Only the newest %n revisions are shown.</source>
        <translation>
            <numerusform>Only the newest %n revision is shown.</numerusform>
            <numerusform>Only the newest %n revisions are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/historydetails.cpp" line="40"/>
        <source>… and %n more changes</source>
        <translation>
            <numerusform>… and %n more change</numerusform>
            <numerusform>… and %n more changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalExplainer</name>
    <message numerus="yes">
        <location filename="../app/client/refusalexplainer.cpp" line="156"/>
        <source>%1 takes at most %n recipient(s) per message</source>
        <translation>
            <numerusform>%1 takes at most %n recipient per message</numerusform>
            <numerusform>%1 takes at most %n recipients per message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AccessListDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/accesslistdialog.cpp" line="159"/>
        <source>%n computer(s) on the list</source>
        <translation>
            <numerusform>%n computer on the list</numerusform>
            <numerusform>%n computers on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accesslistdialog.cpp" line="160"/>
        <source>%1 of %n computer(s) shown</source>
        <translation>
            <numerusform>%1 of %n computer shown</numerusform>
            <numerusform>%1 of %n computers shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::ExplainDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/explaindialog.cpp" line="355"/>
        <source>The listener disagrees with the database on %n answer(s): it enforces another revision than the database&apos;s (revision %1). Sync now, or Rebuild and restart, fixes it.</source>
        <translation>
            <numerusform>The listener disagrees with the database on %n answer: it enforces another revision than the database&apos;s (revision %1). Sync now, or Rebuild and restart, fixes it.</numerusform>
            <numerusform>The listener disagrees with the database on %n answers: it enforces another revision than the database&apos;s (revision %1). Sync now, or Rebuild and restart, fixes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::ImportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="153"/>
        <source>The file cannot be imported: %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>The file cannot be imported: %n problem. Nothing was changed.</numerusform>
            <numerusform>The file cannot be imported: %n problems. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="162"/>
        <source>Import makes %n change(s) as one revision:</source>
        <translation>
            <numerusform>Import makes %n change as one revision:</numerusform>
            <numerusform>Import makes %n changes as one revision:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::Listener</name>
    <message numerus="yes">
        <location filename="../app/smtpd/listener.cpp" line="489"/>
        <source>stopping: %n open session(s) get 421</source>
        <translation>
            <numerusform>stopping: %n open session gets 421</numerusform>
            <numerusform>stopping: %n open sessions get 421</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::LogViewerDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/logviewerdialog.cpp" line="176"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/logviewerdialog.cpp" line="177"/>
        <source>%1 of %n command(s)</source>
        <translation>
            <numerusform>%1 of %n command</numerusform>
            <numerusform>%1 of %n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueActions</name>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="122"/>
        <source>%n message(s) for %1 will be attempted now.</source>
        <translation>
            <numerusform>%n message for %1 will be attempted now.</numerusform>
            <numerusform>%n messages for %1 will be attempted now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="125"/>
        <source>%n message(s) for %1 frozen.</source>
        <translation>
            <numerusform>%n message for %1 frozen.</numerusform>
            <numerusform>%n messages for %1 frozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="128"/>
        <source>%n message(s) for %1 unfrozen.</source>
        <translation>
            <numerusform>%n message for %1 unfrozen.</numerusform>
            <numerusform>%n messages for %1 unfrozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="131"/>
        <source>%n message(s) for %1 deleted; the senders get non-delivery reports.</source>
        <translation>
            <numerusform>%n message for %1 deleted; the senders get non-delivery reports.</numerusform>
            <numerusform>%n messages for %1 deleted; the senders get non-delivery reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="133"/>
        <source>%n message(s) for %1 deleted.</source>
        <translation>
            <numerusform>%n message for %1 deleted.</numerusform>
            <numerusform>%n messages for %1 deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queueactions.cpp" line="160"/>
        <source>Delete all %n message(s) queued for %1 on %2?</source>
        <translation>
            <numerusform>Delete all %n message queued for %1 on %2?</numerusform>
            <numerusform>Delete all %n messages queued for %1 on %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueMessagesDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/queuemessagesdialog.cpp" line="108"/>
        <source>%n message(s) queued for %1 on %2.</source>
        <translation>
            <numerusform>%n message queued for %1 on %2.</numerusform>
            <numerusform>%n messages queued for %1 on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/queuemessagesdialog.cpp" line="170"/>
        <source>Delete the %n selected message(s) from the queue for %1?</source>
        <translation>
            <numerusform>Delete the %n selected message from the queue for %1?</numerusform>
            <numerusform>Delete the %n selected messages from the queue for %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayTestRunner</name>
    <message numerus="yes">
        <location filename="../app/client/relaytest.cpp" line="244"/>
        <source>No relay got through, but %n case(s) were inconclusive.</source>
        <translation>
            <numerusform>No relay got through, but %n case was inconclusive.</numerusform>
            <numerusform>No relay got through, but %n cases were inconclusive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/relaytest.cpp" line="246"/>
        <source>Closed: all %n relay attempts were refused.</source>
        <translation>
            <numerusform>Closed: the %n relay attempt was refused.</numerusform>
            <numerusform>Closed: all %n relay attempts were refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RevisionDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/revisiondialog.cpp" line="63"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SmtpClient</name>
    <message numerus="yes">
        <location filename="../app/client/smtpclient.cpp" line="480"/>
        <source>The server offers PIPELINING: MAIL and %n RCPT(s) go in one write.</source>
        <translation>
            <numerusform>The server offers PIPELINING: MAIL and %n RCPT go in one write.</numerusform>
            <numerusform>The server offers PIPELINING: MAIL and %n RCPTs go in one write.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclient.cpp" line="534"/>
        <source>… %n more line(s) of the message</source>
        <translation>
            <numerusform>… %n more line of the message</numerusform>
            <numerusform>… %n more lines of the message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SyncWorker</name>
    <message numerus="yes">
        <location filename="../app/sync/syncworker.cpp" line="312"/>
        <source>It is started again in %n second(s).</source>
        <translation>
            <numerusform>It is started again in %n second.</numerusform>
            <numerusform>It is started again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::VirtualServerProperties</name>
    <message numerus="yes">
        <location filename="../app/gui/virtualserverproperties.cpp" line="310"/>
        <source>This virtual server listens on %n addresses; Advanced... lists them.</source>
        <translation>
            <numerusform>This virtual server listens on %n address; Advanced... lists it.</numerusform>
            <numerusform>This virtual server listens on %n addresses; Advanced... lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpClientResult</name>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="122"/>
        <source>Delivered: the server queued the message for %n recipient(s).</source>
        <translation>
            <numerusform>Delivered: the server queued the message for %n recipient.</numerusform>
            <numerusform>Delivered: the server queued the message for %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="124"/>
        <location filename="../app/client/smtpclientresult.cpp" line="134"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/smtpclientresult.cpp" line="131"/>
        <source>Probed: the server would accept every recipient (%n); no message was sent.</source>
        <translation>
            <numerusform>Probed: the server would accept every recipient (%n); no message was sent.</numerusform>
            <numerusform>Probed: the server would accept every recipient (%n); no message was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <location filename="../app/core/validation.cpp" line="456"/>
        <source>relay is allowed for all computers except the %n on the list</source>
        <translation>
            <numerusform>relay is allowed for all computers except the %n on the list</numerusform>
            <numerusform>relay is allowed for all computers except the %n on the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VirtualServerDetails</name>
    <message numerus="yes">
        <location filename="../app/gui/virtualserverdetails.cpp" line="191"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
