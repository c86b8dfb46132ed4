#pragma once

#include "transcript.h"

#include <QColor>
#include <QPlainTextEdit>

namespace RelayDesk {

// The live transcript of an SMTP conversation (Test Send, Explain's live check): one line per
// command or reply as it arrives, "[   12 ms] S: 250 2.1.5 Recipient OK", coloured by what it is:
// positive replies green, transient (4xx) amber, permanent (5xx) red, client lines in the text
// colour, what the client noticed (connecting, TLS) grey. Read-only; lines are inserted with
// a text cursor (no HTML parsing), so long transcripts stay cheap. Copy All copies the text.
class TranscriptView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    enum class LineClass
    {
        Client, // a command the client sent
        Positive, // 2xx and 3xx replies
        Transient, // 4xx replies
        Permanent, // 5xx replies
        Info // connecting, time-outs, TLS state: what the client did or noticed
    };

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void appendLine(const RelayDesk::TranscriptLine &line);
    void setTranscript(const Transcript &transcript);
    void clearTranscript();
    const Transcript &transcript() const { return m_transcript; }

    // The whole transcript as text, one line each with its time ("[    12 ms] C: …").
    QString text() const;
    void copyAll() const;

    static LineClass lineClass(const TranscriptLine &line);
    QColor colorOf(LineClass lineClass) const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Transcript m_transcript;
};

} // namespace RelayDesk
