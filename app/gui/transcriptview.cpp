#include "transcriptview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace RelayDesk {

TranscriptView::TranscriptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

TranscriptView::~TranscriptView() = default;

TranscriptView::LineClass TranscriptView::lineClass(const TranscriptLine &line)
{
    switch (line.direction) {
    case TranscriptLine::Direction::Client:
        return LineClass::Client;
    case TranscriptLine::Direction::Info:
    case TranscriptLine::Direction::Tls:
        return LineClass::Info;
    case TranscriptLine::Direction::Server:
        break;
    }
    const char16_t first = line.text.isEmpty() ? u'\0' : line.text.at(0).unicode();
    switch (first) {
    case u'2':
    case u'3':
        return LineClass::Positive;
    case u'4':
        return LineClass::Transient;
    case u'5':
        return LineClass::Permanent;
    default:
        return LineClass::Info; // not a reply line: shown, but not coloured as a decision
    }
}

QColor TranscriptView::colorOf(LineClass lineClass) const
{
    // Mid-tone colours readable on light and dark backgrounds.
    switch (lineClass) {
    case LineClass::Client:
        return palette().color(QPalette::Text);
    case LineClass::Positive:
        return QColor(0x2e, 0x8b, 0x3e);
    case LineClass::Transient:
        return QColor(0xc0, 0x7a, 0x00);
    case LineClass::Permanent:
        return QColor(0xd0, 0x30, 0x30);
    case LineClass::Info:
        break;
    }
    return palette().color(QPalette::Disabled, QPalette::Text);
}

void TranscriptView::appendLine(const TranscriptLine &line)
{
    m_transcript.append(line);
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat time;
    time.setForeground(colorOf(LineClass::Info));
    cursor.insertText(QStringLiteral("[%1 ms] ").arg(line.elapsedMs, 6), time);
    QTextCharFormat text;
    text.setForeground(colorOf(lineClass(line)));
    cursor.insertText(line.toText(), text);

    if (atEnd)
        bar->setValue(bar->maximum());
}

void TranscriptView::setTranscript(const Transcript &transcript)
{
    clearTranscript();
    for (const TranscriptLine &line : transcript)
        appendLine(line);
}

void TranscriptView::clearTranscript()
{
    m_transcript.clear();
    clear();
}

QString TranscriptView::text() const
{
    return transcriptToText(m_transcript);
}

void TranscriptView::copyAll() const
{
    QApplication::clipboard()->setText(text());
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    QAction *copyAllAction = menu->addAction(tr("Copy &All"));
    copyAllAction->setEnabled(!m_transcript.isEmpty());
    connect(copyAllAction, &QAction::triggered, this, &TranscriptView::copyAll);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace RelayDesk
