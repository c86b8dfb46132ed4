#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Splits the bytes of an SMTP command stream into lines, with a bound on the line length so that a
// client cannot grow the buffer without end. RFC 5321 §4.5.3.1.4: a command line is at most 512
// octets including its CRLF.
//
// A line ends at LF. Lines that end in a bare LF (no CR before it) or carry a CR that is not part
// of the final CRLF are reported with a flag: the session refuses them rather than guess what the
// client meant. An over-long line is dropped as it arrives (nothing of it is kept) and reported
// once, as TooLong, when its end arrives; the next line starts fresh.
namespace RelayDesk {

class SmtpLineBuffer final
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 512;

    enum class Result
    {
        Line, // *line holds the line without its line end
        NeedMore, // no complete line yet
        TooLong // a line longer than the limit ended; it was dropped
    };

    struct Line
    {
        QByteArray text; // without CRLF / LF
        bool bareLineFeed = false; // ended in LF without CR
        bool bareCarriageReturn = false; // a CR inside the line
        bool isClean() const { return !bareLineFeed && !bareCarriageReturn; }
    };

    explicit SmtpLineBuffer(qsizetype maxLineLength = DefaultMaxLineLength);

    void append(QByteArrayView data);
    Result next(Line *line);

    // Everything buffered and not yet returned as a line (for the switch to the DATA phase),
    // and the buffer is empty afterwards.
    QByteArray takeRemaining();
    void clear();
    bool isEmpty() const { return m_buffer.size() == m_pos && !m_discarding && !m_tooLongPending; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    qsizetype maxLineLength() const { return m_maxLineLength; }

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of the unread part of m_buffer
    qsizetype m_maxLineLength;
    bool m_discarding = false; // inside an over-long line: its bytes are dropped
    bool m_tooLongPending = false; // an over-long line ended; next() reports it first
};

} // namespace RelayDesk
