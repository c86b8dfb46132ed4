#include "smtpdata.h"

#include <cstring>

namespace RelayDesk {

namespace {

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && qstrnicmp(text.data(), prefix.data(), size_t(prefix.size())) == 0;
}

} // namespace

SmtpDataReceiver::SmtpDataReceiver()
    : SmtpDataReceiver(Limits())
{ }

SmtpDataReceiver::SmtpDataReceiver(const Limits &limits)
    : m_limits(limits)
{ }

void SmtpDataReceiver::reset(const Limits &limits)
{
    *this = SmtpDataReceiver(limits);
}

SmtpDataReceiver::Error SmtpDataReceiver::error() const
{
    for (Error e : {Error::BareCrOrLf, Error::LineTooLong, Error::TooBig, Error::RoutingLoop}) {
        if (m_errors & (1u << unsigned(e)))
            return e;
    }
    return Error::None;
}

void SmtpDataReceiver::fail(Error error)
{
    if (m_errors == 0) {
        m_message = QByteArray(); // refused: keep nothing more
    }
    m_errors |= 1u << unsigned(error);
}

qsizetype SmtpDataReceiver::consume(QByteArrayView data)
{
    const char *p = data.data();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    while (pos < n && !m_finished) {
        const char *start = p + pos;
        const void *lf = std::memchr(start, '\n', size_t(n - pos));
        const qsizetype length = lf ? static_cast<const char *>(lf) - start + 1 : n - pos;
        const bool afterCr = m_lastByteCr; // the CR before this fragment, for a CRLF split across reads
        scanFragment(start, length, lf != nullptr);
        if (!lf) {
            keepPartial(start, length);
            return n;
        }
        const bool crlf = length >= 2 ? start[length - 2] == '\r' : afterCr;
        if (m_partial.isEmpty() && m_lineLength == length) {
            finishLine(QByteArrayView(start, length - (length >= 2 && crlf ? 2 : 1)), crlf);
        } else {
            keepPartial(start, length);
            QByteArrayView text(m_partial);
            if (text.endsWith('\n'))
                text.chop(1);
            if (crlf && text.endsWith('\r'))
                text.chop(1);
            finishLine(text, crlf);
        }
        pos += length;
    }
    return pos;
}

void SmtpDataReceiver::scanFragment(const char *data, qsizetype length, bool endsLine)
{
    if (m_lastByteCr && length > 0 && data[0] != '\n')
        m_lineBareCr = true;
    const char *end = data + length;
    for (const char *q = data; q < end;) {
        const void *cr = std::memchr(q, '\r', size_t(end - q));
        if (!cr)
            break;
        q = static_cast<const char *>(cr) + 1;
        if (q < end && *q != '\n')
            m_lineBareCr = true;
    }
    m_lastByteCr = !endsLine && length > 0 && data[length - 1] == '\r';
    m_lineLength += length;
}

void SmtpDataReceiver::keepPartial(const char *data, qsizetype length)
{
    // An over-long line is refused anyway; its first bytes are enough to classify it.
    const qsizetype room = m_limits.maxLineLength + 2 - m_partial.size();
    if (room > 0)
        m_partial.append(data, qMin(room, length));
}

void SmtpDataReceiver::finishLine(QByteArrayView text, bool crlf)
{
    const qsizetype lineLength = m_lineLength;
    const bool bareCr = m_lineBareCr;
    m_lineLength = 0;
    m_lineBareCr = false;
    m_lastByteCr = false;

    if (crlf && m_previousCrlf && !bareCr && text.size() == 1 && text.at(0) == '.') {
        m_finished = true;
        m_partial = QByteArray();
        return;
    }
    if (!crlf || bareCr)
        fail(Error::BareCrOrLf);
    if (m_limits.maxLineLength > 0 && lineLength > m_limits.maxLineLength)
        fail(Error::LineTooLong);
    m_previousCrlf = crlf;

    if (text.startsWith('.'))
        text = text.sliced(1); // RFC 5321 §4.5.2: the client doubled a leading dot
    if (m_inHeaders) {
        if (text.isEmpty()) {
            m_inHeaders = false;
        } else if (startsWithNoCase(text, "Received:")) {
            ++m_received;
            if (m_limits.maxReceivedHeaders > 0 && m_received > m_limits.maxReceivedHeaders)
                fail(Error::RoutingLoop);
        }
    }
    m_size += text.size() + 2;
    if (m_limits.maxMessageSize > 0 && m_size > m_limits.maxMessageSize)
        fail(Error::TooBig);
    if (m_errors == 0) {
        m_message.append(text.data(), text.size());
        m_message.append("\r\n", 2);
    }
    m_partial.clear();
}

QByteArray SmtpDataReceiver::takeMessage()
{
    if (m_errors != 0)
        return QByteArray();
    return std::exchange(m_message, QByteArray());
}

QByteArray SmtpDataReceiver::reply(Error error)
{
    switch (error) {
    case Error::None:
        return QByteArray();
    case Error::BareCrOrLf:
        return QByteArrayLiteral("550 5.5.2 Bare CR or LF not allowed\r\n");
    case Error::LineTooLong:
        return QByteArrayLiteral("500 5.5.2 Line too long\r\n");
    case Error::TooBig:
        return QByteArrayLiteral("552 5.3.4 Message size exceeds fixed limit\r\n");
    case Error::RoutingLoop:
        return QByteArrayLiteral("554 5.4.6 Routing loop detected\r\n");
    }
    return QByteArray();
}

QByteArray SmtpDataReceiver::dotStuff(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 5);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (lineStart && c == '.')
            out.append('.');
        if (c == '\n') {
            if (out.isEmpty() || out.back() != '\r')
                out.append('\r');
            out.append('\n');
            lineStart = true;
            continue;
        }
        if (c == '\r' && (i + 1 >= message.size() || message.at(i + 1) != '\n')) {
            out.append("\r\n", 2); // a bare CR becomes a line end
            lineStart = true;
            continue;
        }
        out.append(c);
        lineStart = false;
    }
    if (!lineStart)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    return out;
}

} // namespace RelayDesk
