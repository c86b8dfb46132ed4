#include "smtpreply.h"

namespace RelayDesk {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendLine(QByteArray *out, int code, char separator, QByteArrayView enhancedCode, QByteArrayView text)
{
    out->append(QByteArray::number(code));
    out->append(separator);
    if (!enhancedCode.isEmpty()) {
        out->append(enhancedCode.data(), enhancedCode.size());
        if (!text.isEmpty())
            out->append(' ');
    }
    // RFC 5321 §4.2: the text is printable US-ASCII. Whatever a caller quotes from the client
    // (a parameter, an address) cannot put a control character, a NUL or 8-bit bytes on the wire.
    for (const char c : text)
        out->append((c >= 32 && c <= 126) || c == '\t' ? c : '?');
    out->append("\r\n", 2);
}

// "2.1.0 " at the start of text, with the class digit `cls`: returns the length of the code
// (without the space), or 0.
qsizetype enhancedCodeLength(QByteArrayView text, char cls)
{
    if (text.size() < 5 || text.at(0) != cls || text.at(1) != '.')
        return 0;
    qsizetype i = 2;
    const auto digits = [&text, &i](int max) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text.at(i)) && i - start < max)
            ++i;
        return i > start;
    };
    if (!digits(3) || i >= text.size() || text.at(i) != '.')
        return 0;
    ++i;
    if (!digits(3))
        return 0;
    if (i < text.size() && text.at(i) != ' ')
        return 0;
    return i;
}

} // namespace

QByteArray SmtpReply::text() const
{
    return lines.join(' ');
}

QByteArray SmtpReply::format(int code, QByteArrayView enhancedCode, QByteArrayView text)
{
    QByteArray out;
    out.reserve(8 + enhancedCode.size() + text.size());
    appendLine(&out, code, ' ', enhancedCode, text);
    return out;
}

QByteArray SmtpReply::formatLines(int code, QByteArrayView enhancedCode, const QByteArrayList &lines)
{
    if (lines.isEmpty())
        return format(code, enhancedCode, {});
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        appendLine(&out, code, i + 1 < lines.size() ? '-' : ' ', enhancedCode, lines.at(i));
    return out;
}

SmtpReplyParser::Status SmtpReplyParser::addLine(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2))
        || line.at(0) < '2' || line.at(0) > '5'
        || (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')) {
        reset();
        return Status::Malformed;
    }
    const int code = (line.at(0) - '0') * 100 + (line.at(1) - '0') * 10 + (line.at(2) - '0');
    if (m_inReply && code != m_reply.code) {
        reset();
        return Status::Malformed;
    }
    const bool last = line.size() == 3 || line.at(3) == ' ';
    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    const qsizetype codeLength = enhancedCodeLength(text, line.at(0));
    if (codeLength > 0) {
        if (!m_inReply)
            m_reply.enhancedCode = text.first(codeLength).toByteArray();
        text = text.sliced(codeLength);
        if (text.startsWith(' '))
            text = text.sliced(1);
    }
    m_reply.code = code;
    m_reply.lines.append(text.toByteArray());
    m_inReply = !last;
    return last ? Status::Complete : Status::NeedMore;
}

SmtpReply SmtpReplyParser::takeReply()
{
    SmtpReply reply = std::move(m_reply);
    reset();
    return reply;
}

void SmtpReplyParser::reset()
{
    m_reply = SmtpReply();
    m_inReply = false;
}

} // namespace RelayDesk
