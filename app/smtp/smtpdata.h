#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The DATA phase (RFC 5321 §4.1.1.4, §4.5.2): receives the raw bytes after the 354 reply until the
// end of data, and un-dots them.
//
// Only <CRLF>.<CRLF> ends the data (the CRLF of the DATA command counts as the first one). The
// look-alikes <LF>.<LF>, <LF>.<CRLF>, <CRLF>.<LF> and <CR>.<CR> do not end it: a server that
// accepts them lets a sender smuggle a second message past the next hop ("SMTP smuggling").
// They are read as text, and since they carry a bare CR or LF the message is refused.
//
// Every problem is found while reading and reported only after the end, so the client is in step
// again for its next command: a bare CR or LF, a text line over 1000 octets with its CRLF
// (§4.5.3.1.6), a message over the size limit, more Received headers than the hop limit. Memory
// stays bounded: once a message is refused nothing more of it is kept.
namespace RelayDesk {

class SmtpDataReceiver final
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 1000;

    struct Limits
    {
        qint64 maxMessageSize = 0; // octets of the message after un-dotting; 0: no limit
        qsizetype maxLineLength = DefaultMaxLineLength; // octets with the CRLF
        int maxReceivedHeaders = 0; // more Received headers than this is a loop; 0: no limit
    };

    // In the order of precedence when a message has several problems.
    enum class Error
    {
        None,
        BareCrOrLf, // 550 5.5.2 Bare CR or LF not allowed
        LineTooLong, // 500 5.5.2 Line too long
        TooBig, // 552 5.3.4 Message size exceeds fixed limit
        RoutingLoop // 554 5.4.6 Routing loop detected
    };

    SmtpDataReceiver();
    explicit SmtpDataReceiver(const Limits &limits);

    // Starts a new message.
    void reset(const Limits &limits);
    // Consumes bytes up to and including the end of data; returns how many were used. Less than
    // data.size() only when the end was found: the rest belongs to the commands that follow.
    qsizetype consume(QByteArrayView data);

    bool isFinished() const { return m_finished; }
    Error error() const;
    // The message with CRLF line ends, without the final ".", when there is no error.
    QByteArray takeMessage();
    // Octets of the message after un-dotting (counted even when it is not kept).
    qint64 messageSize() const { return m_size; }
    int receivedHeaders() const { return m_received; }

    // The reply for an error: "550 5.5.2 Bare CR or LF not allowed\r\n"; empty for None.
    static QByteArray reply(Error error);
    // For a client: the message dot-stuffed, with CRLF line ends (bare LF become CRLF) and the
    // terminating ".\r\n".
    static QByteArray dotStuff(QByteArrayView message);

private:
    void scanFragment(const char *data, qsizetype length, bool endsLine);
    void keepPartial(const char *data, qsizetype length);
    void finishLine(QByteArrayView text, bool crlf);
    void fail(Error error);

    Limits m_limits;
    QByteArray m_message;
    QByteArray m_partial; // the unfinished line (only its first bytes when it is over-long)
    qint64 m_size = 0;
    qsizetype m_lineLength = 0; // octets of the current line so far
    int m_received = 0;
    unsigned m_errors = 0; // bit per Error
    bool m_lineBareCr = false;
    bool m_lastByteCr = false; // the last fragment ended in CR: bare unless LF follows
    bool m_previousCrlf = true; // the previous line ended in CRLF (the DATA command did)
    bool m_inHeaders = true;
    bool m_finished = false;
};

} // namespace RelayDesk
