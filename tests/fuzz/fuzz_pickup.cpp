// libFuzzer target: a Pickup/ file of any bytes (IIS layout or plain headers), and the
// non-delivery report the agent would build around whatever the parser accepts. Invariants: an
// accepted file has a recipient, every address parses as a mailbox, the data to queue has CRLF line
// ends only and no Bcc header; a report is CRLF only with no line over 998 octets.
#include "deliveryreport.h"
#include "mailaddress.h"
#include "pickupmessage.h"

#include <QDateTime>

#include <cstdint>
#include <cstdlib>

using namespace RelayDesk;

namespace {

bool crlfOnly(const QByteArray &bytes, int maxLine)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            return false;
        if (c == '\n') {
            if (i == 0 || bytes.at(i - 1) != '\r')
                return false;
            if (maxLine > 0 && i - 1 - lineStart > maxLine)
                return false;
            lineStart = i + 1;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    const PickupMessage message = parsePickupMessage(file, QStringLiteral("relay.test"), now, 64 * 1024);
    if (!message.ok) {
        if (message.error.isEmpty())
            std::abort(); // a refusal always says why
    } else {
        if (message.recipients.isEmpty() || !crlfOnly(message.data, 0))
            std::abort();
        for (const QString &recipient : message.recipients) {
            if (!parseMailbox(recipient).valid)
                std::abort();
        }
        if (!message.sender.isEmpty() && !parseMailbox(message.sender).valid)
            std::abort();
        const qsizetype headerEnd = message.data.indexOf("\r\n\r\n");
        const QByteArray headers = "\r\n" + (headerEnd < 0 ? message.data : message.data.left(headerEnd));
        if (headers.toLower().contains("\r\nbcc:"))
            std::abort();
    }

    // The report around the same bytes as original message and as the remote's diagnostic.
    DeliveryReportInput input;
    input.reportingMta = QStringLiteral("relay.test");
    input.fromAddress = QStringLiteral("postmaster@relay.test");
    input.to =
        message.ok && !message.sender.isEmpty() ? message.sender : QStringLiteral("alice@corp.example");
    input.originalEnvelopeSender = input.to;
    input.arrival = now;
    input.now = now;
    input.originalMessage = message.ok ? message.data : file;
    DeliveryReportRecipient recipient;
    recipient.address = message.ok ? message.recipients.constFirst() : QStringLiteral("bob@remote.test");
    recipient.status = QString::fromUtf8(file.left(16));
    recipient.remoteMta = QString::fromUtf8(file.left(64));
    recipient.diagnostic = QString::fromUtf8(file.left(4096));
    input.recipients = {recipient};
    const QByteArray report = buildDeliveryReport(input);
    if (!crlfOnly(report, 998))
        std::abort();
    return 0;
}
