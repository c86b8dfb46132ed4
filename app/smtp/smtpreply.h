#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

// SMTP replies (RFC 5321 §4.2) with enhanced status codes (RFC 3463, RFC 2034): formatting for the
// server, parsing for the client. Replies are bytes on the wire, never translated.
namespace RelayDesk {

struct SmtpReply
{
    int code = 0; // 250
    QByteArray enhancedCode; // "2.1.0"; empty when the reply has none
    QByteArrayList lines; // the text of each line, without code and enhanced code

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500; }
    // All lines joined with a space: "Recipient OK".
    QByteArray text() const;

    // "250 2.1.0 Sender OK\r\n" (the enhanced code is left out when empty). A byte of the text
    // that is not printable ASCII or a tab is sent as '?'.
    static QByteArray format(int code, QByteArrayView enhancedCode, QByteArrayView text);
    // "250-first\r\n250-second\r\n250 last\r\n"; every line carries the enhanced code when one
    // is given (RFC 2034 §4). An empty list formats as one line with no text.
    static QByteArray formatLines(int code, QByteArrayView enhancedCode, const QByteArrayList &lines);
    QByteArray toBytes() const { return formatLines(code, enhancedCode, lines); }
};

// Collects the lines of one reply as a client reads them ("250-…", "250 …") and reports when the
// reply is complete. Enhanced codes are recognised when their class digit matches the reply's.
class SmtpReplyParser final
{
public:
    enum class Status
    {
        NeedMore, // a continuation line ("250-…") was read
        Complete, // the last line was read; takeReply() returns the reply
        Malformed // not a reply line, or a code that differs from the earlier lines
    };

    // One line, with or without its CRLF.
    Status addLine(QByteArrayView line);
    SmtpReply takeReply();
    void reset();

private:
    SmtpReply m_reply;
    bool m_inReply = false;
};

} // namespace RelayDesk
