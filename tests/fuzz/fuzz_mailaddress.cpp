// libFuzzer target: the RFC 5321 path parser with any bytes, and the relay decision on
// whatever it accepts. Invariants checked: a valid path's normalised address parses again to
// the same address, and a sender-routed address is never classified as local.
#include "configjson.h"
#include "mailaddress.h"
#include "relaypolicy.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace RelayDesk;

namespace {

const RelayPolicy &policy()
{
    static const RelayPolicy instance = [] {
        Config config = Config::secureDefault();
        config.recipientPolicies.append(
            {QStringLiteral("Default Policy"),
             0,
             QString(),
             {{QStringLiteral("SMTP"), QStringLiteral("@corp.example"), true, true},
              {QStringLiteral("SMTP"), QStringLiteral("@legacy.corp.example"), false, false}}});
        config.recipients.append({QStringLiteral("alice@corp.example"), QString(), QString()});
        return RelayPolicy(config, 0);
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const MailPath forward = parseForwardPath(text);
    parseReversePath(text);
    const MailPath mailbox = parseMailbox(text);
    if (mailbox.valid) {
        const MailPath again = parseMailbox(mailbox.address());
        if (!again.valid || again.address() != mailbox.address())
            std::abort();
    }
    if (forward.valid) {
        SessionFacts facts;
        facts.client = QHostAddress(QStringLiteral("192.0.2.50"));
        const Decision d = policy().rcptTo(facts, text, 0, true);
        if (forward.senderRouted && d.local)
            std::abort();
        if (d.relay) // nobody may relay from 192.0.2.50 in this configuration
            std::abort();
    }
    return 0;
}
