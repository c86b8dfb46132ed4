#include "pickupmessage.h"

#include "mailaddress.h"
#include "receivedheader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace RelayDesk {

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");
constexpr qsizetype MaxLineOctets = 998; // RFC 5322 §2.1.1

struct Line
{
    qsizetype number; // 1-based, in the file
    QByteArrayView text; // without its line end
};

struct Field
{
    qsizetype line; // where it starts
    QByteArray name;
    QByteArray raw; // every line of the field, each with CRLF
    QString value; // unfolded, after the colon
};

struct Token
{
    enum Kind
    {
        Word, // an atom (dots included: dot-atoms and obsolete phrases), a quoted string or a domain literal
        Special, // one of < > : ; @ ,
    };
    Kind kind;
    QString text; // as written: quotes, backslashes and brackets kept
    qsizetype begin; // in the field value
    qsizetype end;
};

// An address found in a header, before validation.
struct Candidate
{
    QString text; // the addr-spec, tokens joined (whitespace between them kept as one space)
    QString written; // the address as it stands in the header, for error messages
};

bool hasName(QByteArrayView line, const char *name)
{
    const qsizetype length = qsizetype(qstrlen(name));
    return line.size() >= length && qstrnicmp(line.data(), name, length) == 0;
}

bool isFieldName(QByteArrayView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return uchar(c) >= 33 && uchar(c) <= 126 && c != ':';
    });
}

QByteArray messageIdHost(const QString &hostName)
{
    QByteArray out;
    for (const QChar c : hostName) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
            || u == u'-')
            out.append(char(u));
    }
    while (out.startsWith('.'))
        out.remove(0, 1);
    while (out.endsWith('.'))
        out.chop(1);
    return out.isEmpty() ? QByteArrayLiteral("localhost") : out;
}

QByteArray newMessageId(const QString &hostName)
{
    QByteArray random(16, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    return '<' + random.toHex() + '@' + messageIdHost(hostName) + '>';
}

// RFC 5322 §3.4 address lists: display names, quoted strings, comments (skipped), groups
// ("undisclosed-recipients:;") and the obsolete route of an angle address. Only the addresses
// matter here; each is validated afterwards with parseMailbox.
class AddressListParser
{
    Q_DECLARE_TR_FUNCTIONS(PickupMessage)

public:
    explicit AddressListParser(const QString &value)
        : m_value(value)
    { }

    bool parse(QList<Candidate> *found, QString *error)
    {
        if (!tokenize(error))
            return false;
        while (m_pos < m_tokens.size()) {
            if (isSpecial(m_pos, u',')) {
                ++m_pos; // obsolete empty list elements ("a@b, , c@d")
                continue;
            }
            if (!parseAddress(false, found, error))
                return false;
            if (m_pos < m_tokens.size() && !isSpecial(m_pos, u','))
                return unexpected(error);
        }
        return true;
    }

private:
    bool tokenize(QString *error);
    bool parseAddress(bool inGroup, QList<Candidate> *found, QString *error);
    bool isSpecial(qsizetype i, char16_t c) const
    {
        return m_tokens[i].kind == Token::Special && m_tokens[i].text.front() == QChar(c);
    }
    bool unexpected(QString *error) const
    {
        *error = tr("unexpected \"%1\"").arg(m_value.mid(m_tokens[m_pos].begin, 40).trimmed());
        return false;
    }
    QString join(qsizetype from, qsizetype to) const
    {
        QString out;
        for (qsizetype i = from; i < to; ++i) {
            if (i > from && m_tokens[i].begin > m_tokens[i - 1].end)
                out.append(QLatin1Char(' '));
            out.append(m_tokens[i].text);
        }
        return out;
    }
    QString written(qsizetype from, qsizetype to) const
    {
        return from < to ? m_value.mid(m_tokens[from].begin, m_tokens[to - 1].end - m_tokens[from].begin)
                         : QString();
    }

    QString m_value;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

bool AddressListParser::tokenize(QString *error)
{
    static const QString specials = QStringLiteral("<>:;@,");
    const qsizetype n = m_value.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = m_value[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            int depth = 0;
            for (; i < n; ++i) {
                if (m_value[i] == u'\\')
                    ++i;
                else if (m_value[i] == u'(')
                    ++depth;
                else if (m_value[i] == u')' && --depth == 0)
                    break;
            }
            if (i >= n) {
                *error = tr("a comment has no closing parenthesis");
                return false;
            }
            ++i;
        } else if (specials.contains(c)) {
            m_tokens.append({Token::Special, QString(c), i, i + 1});
            ++i;
        } else {
            // A word: atom characters, quoted strings and domain literals run together ("a"."b", x.[y]).
            const qsizetype begin = i;
            while (i < n && !m_value[i].isSpace() && m_value[i] != u'(' && !specials.contains(m_value[i])) {
                if (m_value[i] == u'"' || m_value[i] == u'[') {
                    const QChar close = m_value[i] == u'"' ? QLatin1Char('"') : QLatin1Char(']');
                    for (++i; i < n && m_value[i] != close; ++i) {
                        if (m_value[i] == u'\\')
                            ++i;
                    }
                    if (i >= n) {
                        *error = close == u'"' ? tr("a quoted string has no closing quote")
                                               : tr("a domain literal has no closing bracket");
                        return false;
                    }
                }
                ++i;
            }
            m_tokens.append({Token::Word, m_value.mid(begin, i - begin), begin, i});
        }
    }
    return true;
}

bool AddressListParser::parseAddress(bool inGroup, QList<Candidate> *found, QString *error)
{
    const qsizetype start = m_pos;
    qsizetype k = m_pos;
    while (k < m_tokens.size() && !isSpecial(k, u',') && !isSpecial(k, u';') && !isSpecial(k, u'<')
           && !isSpecial(k, u':'))
        ++k;

    if (k < m_tokens.size() && isSpecial(k, u'<')) {
        // [display-name] "<" [obs-route] addr-spec ">"
        qsizetype close = k + 1;
        while (close < m_tokens.size() && !isSpecial(close, u'>'))
            ++close;
        if (close >= m_tokens.size()) {
            *error = tr("the angle bracket of \"%1\" is not closed").arg(written(start, m_tokens.size()));
            return false;
        }
        QString text = join(k + 1, close);
        if (text.startsWith(QLatin1Char('@'))) // obs-route "@a,@b:" before the mailbox
            text = text.mid(text.indexOf(QLatin1Char(':')) + 1).trimmed();
        found->append({text, written(start, close + 1)});
        m_pos = close + 1;
        return true;
    }
    if (k < m_tokens.size() && isSpecial(k, u':')) {
        // display-name ":" [mailbox-list] ";"
        if (inGroup) {
            m_pos = k;
            *error = tr("a group cannot contain another group");
            return false;
        }
        m_pos = k + 1;
        while (m_pos < m_tokens.size() && !isSpecial(m_pos, u';')) {
            if (isSpecial(m_pos, u',')) {
                ++m_pos;
                continue;
            }
            if (!parseAddress(true, found, error))
                return false;
            if (m_pos < m_tokens.size() && !isSpecial(m_pos, u',') && !isSpecial(m_pos, u';'))
                return unexpected(error);
        }
        if (m_pos < m_tokens.size())
            ++m_pos; // ';' (a missing one at the very end is forgiven)
        return true;
    }
    if (k == start) {
        m_pos = k;
        return unexpected(error); // ';' outside a group
    }
    found->append({join(start, k), written(start, k)});
    m_pos = k;
    return true;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(PickupMessage)

public:
    static PickupMessage parse(const QByteArray &file, const QString &hostName, const QDateTime &now,
                               qint64 maxSize);

private:
    static bool splitLines(const QByteArray &file, QList<Line> *lines, QString *error);
    static bool envelopeAddress(const Line &line, QByteArrayView value, bool sender, QString *address,
                                QString *error);
    static bool readFields(const QList<Line> &lines, qsizetype *pos, QList<Field> *fields, QString *error);
    static bool addresses(const Field &field, QStringList *out, QString *error);
};

PickupMessage failure(const QString &error)
{
    PickupMessage result;
    result.error = error;
    return result;
}

bool Parser::splitLines(const QByteArray &file, QList<Line> *lines, QString *error)
{
    qsizetype pos = 0;
    qsizetype number = 0;
    while (pos < file.size()) {
        ++number;
        const qsizetype newline = file.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? file.size() : newline;
        QByteArrayView text(file.constData() + pos, end - pos);
        if (text.endsWith('\r'))
            text.chop(1); // CRLF, or a CR at the very end of the file that lost its LF
        if (text.contains('\r')) {
            *error = tr("Line %1 contains a carriage return that does not end the line.").arg(number);
            return false;
        }
        if (text.contains('\0')) {
            *error = tr("Line %1 contains a NUL character.").arg(number);
            return false;
        }
        if (text.size() > MaxLineOctets) {
            *error = tr("Line %1 is %2 octets long; a line may have at most %3.")
                         .arg(number)
                         .arg(text.size())
                         .arg(MaxLineOctets);
            return false;
        }
        lines->append({number, text});
        pos = newline < 0 ? file.size() : newline + 1;
    }
    return true;
}

bool Parser::envelopeAddress(const Line &line, QByteArrayView value, bool sender, QString *address,
                             QString *error)
{
    QString text = QString::fromUtf8(value).trimmed();
    if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
        text = text.mid(1, text.size() - 2).trimmed();
    const QString name = sender ? QStringLiteral("X-Sender") : QStringLiteral("X-Receiver");
    if (text.isEmpty()) {
        if (sender) {
            address->clear(); // "X-Sender: <>": the null sender, as for a report
            return true;
        }
        *error = tr("Line %1: the X-Receiver line has no address.").arg(line.number);
        return false;
    }
    if (text.contains(QChar::ReplacementCharacter)) {
        *error = tr("Line %1: the %2 address \"%3\" is not valid UTF-8.").arg(line.number).arg(name, text);
        return false;
    }
    const MailPath path = parseMailbox(text);
    if (!path.valid) {
        *error = tr("Line %1: the %2 address \"%3\" is not valid: %4.")
                     .arg(line.number)
                     .arg(name, text, path.error);
        return false;
    }
    *address = path.address();
    return true;
}

bool Parser::readFields(const QList<Line> &lines, qsizetype *pos, QList<Field> *fields, QString *error)
{
    for (; *pos < lines.size(); ++*pos) {
        const Line &line = lines[*pos];
        if (line.text.isEmpty())
            return true; // the caller finds the separator at *pos
        if (line.text.startsWith(' ') || line.text.startsWith('\t')) {
            if (fields->isEmpty()) {
                *error =
                    tr("Line %1 continues a header field, but no header field precedes it.").arg(line.number);
                return false;
            }
            Field &field = fields->last();
            field.raw += line.text.toByteArray() + Crlf;
            field.value += QString::fromUtf8(line.text);
            continue;
        }
        const qsizetype colon = line.text.indexOf(':');
        QByteArrayView name = line.text.first(qMax<qsizetype>(colon, 0));
        while (name.endsWith(' ') || name.endsWith('\t'))
            name.chop(1); // RFC 5322 §4.5: obsolete white space before the colon
        if (colon < 0 || !isFieldName(name)) {
            *error = tr("Line %1 is neither a header field (\"Name: value\") nor the empty line that ends "
                        "the header section.")
                         .arg(line.number);
            return false;
        }
        fields->append({line.number, name.toByteArray(), line.text.toByteArray() + Crlf,
                        QString::fromUtf8(line.text.sliced(colon + 1))});
    }
    return true;
}

bool Parser::addresses(const Field &field, QStringList *out, QString *error)
{
    const QString name = QString::fromLatin1(field.name);
    QList<Candidate> candidates;
    QString problem;
    if (!AddressListParser(field.value).parse(&candidates, &problem)) {
        *error = tr("Line %1: the %2 header cannot be read: %3.").arg(field.line).arg(name, problem);
        return false;
    }
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.text.contains(QChar::ReplacementCharacter)) {
            *error = tr("Line %1: the address \"%2\" in the %3 header is not valid UTF-8.")
                         .arg(field.line)
                         .arg(candidate.written, name);
            return false;
        }
        const MailPath path = parseMailbox(candidate.text);
        if (!path.valid) {
            *error = tr("Line %1: the address \"%2\" in the %3 header is not valid: %4.")
                         .arg(field.line)
                         .arg(candidate.written, name, path.error);
            return false;
        }
        out->append(path.address());
    }
    return true;
}

PickupMessage Parser::parse(const QByteArray &file, const QString &hostName, const QDateTime &now,
                            qint64 maxSize)
{
    if (file.isEmpty())
        return failure(tr("The file is empty."));
    QList<Line> lines;
    QString error;
    if (!splitLines(file, &lines, &error))
        return failure(error);

    // The envelope: leading X-Sender / X-Receiver lines.
    PickupMessage result;
    bool haveSender = false;
    QStringList envelopeRecipients;
    qsizetype pos = 0;
    for (; pos < lines.size(); ++pos) {
        const Line &line = lines[pos];
        const bool sender = hasName(line.text, "x-sender:");
        if (!sender && !hasName(line.text, "x-receiver:"))
            break;
        if (sender && haveSender)
            return failure(tr("Line %1 is a second X-Sender line.").arg(line.number));
        QString address;
        const qsizetype colon = line.text.indexOf(':');
        if (!envelopeAddress(line, line.text.sliced(colon + 1), sender, &address, &error))
            return failure(error);
        if (sender) {
            result.sender = address;
            haveSender = true;
        } else {
            envelopeRecipients.append(address);
        }
    }
    if (pos >= lines.size())
        return failure(tr("The file has no message after its X-Sender and X-Receiver lines."));

    QList<Field> fields;
    if (!readFields(lines, &pos, &fields, &error))
        return failure(error);
    const bool haveSeparator = pos < lines.size();

    const auto fieldsNamed = [&fields](const char *name) {
        QList<const Field *> named;
        for (const Field &field : fields) {
            if (field.name.compare(name, Qt::CaseInsensitive) == 0)
                named.append(&field);
        }
        return named;
    };

    if (!haveSender) {
        // RFC 5322 §3.6.2: Sender is the agent that sent it; From the author(s).
        QStringList candidates;
        for (const char *name : {"Sender", "From"}) {
            for (const Field *field : fieldsNamed(name)) {
                if (!addresses(*field, &candidates, &error))
                    return failure(error);
            }
            if (!candidates.isEmpty())
                break;
        }
        if (candidates.isEmpty())
            return failure(tr("The message has no sender: there is no X-Sender line and no address in a "
                              "Sender or From header."));
        result.sender = candidates.constFirst();
    }

    QStringList recipients = envelopeRecipients;
    if (envelopeRecipients.isEmpty()) {
        for (const Field &field : std::as_const(fields)) {
            const bool listed = field.name.compare("To", Qt::CaseInsensitive) == 0
                || field.name.compare("Cc", Qt::CaseInsensitive) == 0
                || field.name.compare("Bcc", Qt::CaseInsensitive) == 0;
            if (listed && !addresses(field, &recipients, &error))
                return failure(error);
        }
    }
    // parseMailbox lower-cases the domain, so equal strings are the same mailbox; the local part
    // keeps its case (RFC 5321 §2.4: only the receiving host may fold it).
    QSet<QString> seen;
    for (const QString &recipient : std::as_const(recipients)) {
        if (!seen.contains(recipient)) {
            seen.insert(recipient);
            result.recipients.append(recipient);
        }
    }
    if (result.recipients.isEmpty())
        return failure(tr("The message has no recipients: there is no X-Receiver line and no address in "
                          "a To, Cc or Bcc header."));

    QByteArray &data = result.data;
    data.reserve(file.size() + 128);
    for (const Field &field : std::as_const(fields)) {
        if (field.name.compare("Bcc", Qt::CaseInsensitive) != 0) // blind copies stay blind
            data += field.raw;
    }
    if (fieldsNamed("Date").isEmpty())
        data += "Date: " + rfc5322Date(now) + Crlf;
    if (fieldsNamed("Message-ID").isEmpty())
        data += "Message-ID: " + newMessageId(hostName) + Crlf;
    if (haveSeparator) {
        for (qsizetype i = pos; i < lines.size(); ++i)
            data += lines[i].text.toByteArray() + Crlf;
    }
    if (maxSize > 0 && data.size() > maxSize)
        return failure(tr("The message is %1 octets long, more than the limit of %2 octets.")
                           .arg(data.size())
                           .arg(maxSize));
    result.ok = true;
    return result;
}

} // namespace

PickupMessage parsePickupMessage(const QByteArray &file, const QString &hostName, const QDateTime &now,
                                 qint64 maxSize)
{
    return Parser::parse(file, hostName, now, maxSize);
}

} // namespace RelayDesk
