#include "smtplinebuffer.h"

#include <cstring>

namespace RelayDesk {

SmtpLineBuffer::SmtpLineBuffer(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{ }

void SmtpLineBuffer::append(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (m_discarding) {
        // Drop the rest of the over-long line; keep what follows its end.
        const void *lf = std::memchr(data.data(), '\n', size_t(data.size()));
        if (!lf)
            return;
        const qsizetype end = static_cast<const char *>(lf) - data.data();
        m_discarding = false;
        m_tooLongPending = true; // next() reports it before the lines that follow
        data = data.sliced(end + 1);
    }
    compact();
    m_buffer.append(data.data(), data.size());
}

SmtpLineBuffer::Result SmtpLineBuffer::next(Line *line)
{
    if (m_tooLongPending) {
        m_tooLongPending = false;
        return Result::TooLong;
    }
    if (m_discarding)
        return Result::NeedMore;
    const qsizetype available = m_buffer.size() - m_pos;
    const char *start = m_buffer.constData() + m_pos;
    const void *lf = std::memchr(start, '\n', size_t(available));
    if (!lf) {
        if (available >= m_maxLineLength) {
            // Already over the limit without its end: drop it and wait for the end.
            m_buffer.clear();
            m_pos = 0;
            m_discarding = true;
        }
        return Result::NeedMore;
    }
    const qsizetype length = static_cast<const char *>(lf) - start + 1; // with LF
    m_pos += length;
    if (length > m_maxLineLength)
        return Result::TooLong;
    qsizetype textLength = length - 1;
    line->bareLineFeed = !(textLength > 0 && start[textLength - 1] == '\r');
    if (!line->bareLineFeed)
        --textLength;
    line->bareCarriageReturn = std::memchr(start, '\r', size_t(textLength)) != nullptr;
    line->text = QByteArray(start, textLength);
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return Result::Line;
}

QByteArray SmtpLineBuffer::takeRemaining()
{
    QByteArray rest = m_pos == 0 ? std::move(m_buffer) : m_buffer.mid(m_pos);
    m_buffer = QByteArray();
    m_pos = 0;
    m_discarding = false;
    m_tooLongPending = false;
    return rest;
}

void SmtpLineBuffer::clear()
{
    m_buffer.clear();
    m_pos = 0;
    m_discarding = false;
    m_tooLongPending = false;
}

void SmtpLineBuffer::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
    } else {
        m_buffer.remove(0, m_pos);
    }
    m_pos = 0;
}

} // namespace RelayDesk
