#include "mailaddress.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace RelayDesk {

namespace {

// RFC 5321 §4.5.3.1
constexpr int MaxLocalPartOctets = 64;
constexpr int MaxDomainOctets = 255;
constexpr int MaxPathOctets = 256;
constexpr int MaxLabelOctets = 63;

int octets(QStringView text)
{
    return int(text.toUtf8().size());
}

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// RFC 5321 atext, plus every non-ASCII character that is not a control, a space, an
// invisible format character (U+200B, U+202E, ...) or a noncharacter (SMTPUTF8 local parts). Surrogates are
// checked for pairing before parsing starts.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return isAsciiLetterOrDigit(c) || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
    return u >= 0xa0 && !c.isSpace() && c.category() != QChar::Other_Format && !c.isNonCharacter();
}

// qtextSMTP: printable ASCII except '"' and '\'; a space is allowed.
bool isQtext(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 32 && u <= 126 && u != u'"' && u != u'\\';
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

bool isDotString(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    for (QChar c : text) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

// A decimal octet of a dotted quad. `leadingZeros` allows "010" (RFC 5321 Snum is 1*3DIGIT).
bool parseDottedQuad(QStringView text, bool leadingZeros, quint32 *value)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    quint32 result = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (!leadingZeros && part.size() > 1 && part[0] == u'0'))
            return false;
        uint octet = 0;
        for (QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
            octet = octet * 10 + uint(c.unicode() - u'0');
        }
        if (octet > 255)
            return false;
        result = (result << 8) | octet;
    }
    *value = result;
    return true;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(MailAddress)

public:
    static MailPath path(QStringView text, bool reverse);
    static MailPath mailbox(QStringView text);

private:
    static MailPath failure(const QString &error)
    {
        MailPath result;
        result.error = error;
        return result;
    }

    static QString describe(QChar c);
    static bool parseMailbox(QStringView text, MailPath *result, QString *error);
    static bool parseLocalPart(QStringView text, qsizetype *end, QString *local, QString *error);
    static bool parseDomain(QStringView text, QString *domain, QString *error);
    static bool parseAddressLiteral(QStringView text, MailPath *result, QString *error);
    static bool parseSourceRoute(QStringView text, QStringList *hops, QString *error);
};

QString Parser::describe(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u' ')
        return tr("a space");
    if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.isSpace() || c.isSurrogate()
        || c.category() == QChar::Other_Format || c.isNonCharacter())
        return tr("the invisible character U+%1")
            .arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return QLatin1Char('\'') + c + QLatin1Char('\'');
}

bool Parser::parseLocalPart(QStringView text, qsizetype *end, QString *local, QString *error)
{
    local->clear();
    qsizetype i = 0;
    if (text.startsWith(u'"')) {
        for (i = 1; i < text.size() && text[i] != u'"'; ++i) {
            if (text[i] == u'\\') {
                if (i + 1 >= text.size() || text[i + 1].unicode() < 32 || text[i + 1].unicode() > 126) {
                    *error = tr("a backslash in the quoted local part must be followed by a printable ASCII "
                                "character");
                    return false;
                }
                local->append(text[++i]);
            } else if (isQtext(text[i])) {
                local->append(text[i]);
            } else {
                *error = tr("the quoted local part contains %1, which is not allowed").arg(describe(text[i]));
                return false;
            }
        }
        if (i >= text.size()) {
            *error = tr("the quoted local part has no closing quote");
            return false;
        }
        ++i; // closing quote
        if (local->isEmpty()) {
            *error = tr("the local part is empty");
            return false;
        }
        if (i >= text.size()) {
            *error = tr("the address has no domain (there is no '@')");
            return false;
        }
        if (text[i] != u'@') {
            *error = tr("the quoted local part must be followed by '@'");
            return false;
        }
        *end = i;
        return true;
    }

    for (; i < text.size() && text[i] != u'@'; ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (i == 0) {
                *error = tr("the local part begins with a dot");
                return false;
            }
            if (text[i - 1] == u'.') {
                *error = tr("the local part contains two dots in a row");
                return false;
            }
        } else if (!isAtext(c)) {
            *error = tr("the local part contains %1, which is not allowed outside quotes").arg(describe(c));
            return false;
        }
    }
    if (i == 0) {
        *error = tr("the local part is empty");
        return false;
    }
    if (text[i - 1] == u'.') {
        *error = tr("the local part ends with a dot");
        return false;
    }
    if (i >= text.size()) {
        *error = tr("the address has no domain (there is no '@')");
        return false;
    }
    *local = text.left(i).toString();
    *end = i;
    return true;
}

bool Parser::parseDomain(QStringView text, QString *domain, QString *error)
{
    if (text.endsWith(u'.'))
        text.chop(1); // one trailing dot (a fully qualified name) is tolerated
    if (text.isEmpty()) {
        *error = tr("the domain is empty");
        return false;
    }
    for (QChar c : text) {
        if (c != u'.' && c != u'-' && !isAsciiLetterOrDigit(c)) {
            *error = tr("the domain contains %1, which is not allowed").arg(describe(c));
            return false;
        }
    }
    const auto labels = text.split(u'.');
    bool allNumeric = labels.size() == 4;
    for (QStringView label : labels) {
        if (label.isEmpty()) {
            *error = tr("the domain contains an empty label (a dot at its start or two dots in a row)");
            return false;
        }
        if (label.size() > MaxLabelOctets) {
            *error = tr("the domain label \"%1\" is longer than 63 octets")
                         .arg(label.left(20).toString() + QChar(0x2026));
            return false;
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            *error = tr("the domain label \"%1\" begins or ends with a hyphen").arg(label);
            return false;
        }
        allNumeric = allNumeric && std::all_of(label.begin(), label.end(), isAsciiDigit);
    }
    if (allNumeric) {
        *error = tr("an IP address must be written as an address literal in brackets, as in [%1]").arg(text);
        return false;
    }
    *domain = text.toString().toLower();
    return true;
}

bool Parser::parseAddressLiteral(QStringView text, MailPath *result, QString *error)
{
    if (!text.endsWith(u']')) {
        *error = tr("the address literal has no closing ']'");
        return false;
    }
    const QStringView inner = text.mid(1, text.size() - 2);
    const QStringView ipv6Tag = u"IPv6:";
    if (inner.startsWith(ipv6Tag, Qt::CaseInsensitive)) {
        const QStringView address = inner.mid(ipv6Tag.size());
        bool ok = !address.isEmpty();
        for (QChar c : address)
            ok = ok && (isHexDigit(c) || c == u':' || c == u'.');
        const qsizetype lastColon = address.lastIndexOf(u':');
        quint32 ignored = 0;
        if (ok && address.contains(u'.'))
            ok = parseDottedQuad(address.mid(lastColon + 1), true, &ignored);
        QHostAddress parsed;
        ok =
            ok && parsed.setAddress(address.toString()) && parsed.protocol() == QAbstractSocket::IPv6Protocol;
        if (!ok) {
            *error = tr("the address literal %1 is not a valid IPv6 address").arg(text);
            return false;
        }
        result->literal = parsed;
        result->domain = QStringLiteral("[ipv6:") + parsed.toString() + QLatin1Char(']');
        return true;
    }
    const qsizetype colon = inner.indexOf(u':');
    if (colon >= 0) {
        *error = tr("the address literal tag \"%1\" is not supported; only IPv4 and IPv6 literals are")
                     .arg(inner.left(colon));
        return false;
    }
    quint32 ipv4 = 0;
    if (!parseDottedQuad(inner, true, &ipv4)) {
        *error = tr("the address literal %1 is not a valid IPv4 address").arg(text);
        return false;
    }
    result->literal = QHostAddress(ipv4);
    result->domain = QLatin1Char('[') + result->literal.toString() + QLatin1Char(']');
    return true;
}

bool Parser::parseMailbox(QStringView text, MailPath *result, QString *error)
{
    if (text.isEmpty()) {
        *error = tr("the address is empty");
        return false;
    }
    qsizetype at = 0;
    if (!parseLocalPart(text, &at, &result->localPart, error))
        return false;
    const QStringView domainText = text.mid(at + 1);
    if (domainText.startsWith(u'[')) {
        if (!parseAddressLiteral(domainText, result, error))
            return false;
        result->isAddressLiteral = true;
    } else if (!parseDomain(domainText, &result->domain, error)) {
        return false;
    }
    if (octets(text.left(at)) > MaxLocalPartOctets) {
        *error = tr("the local part is longer than 64 octets");
        return false;
    }
    if (octets(domainText.endsWith(u'.') ? domainText.chopped(1) : domainText) > MaxDomainOctets) {
        *error = tr("the domain is longer than 255 octets");
        return false;
    }
    // A next hop that applies NFKC (RFC 8264 style) reads the full-width and small forms
    // U+FF20, U+FF05, U+FF01, U+FE6B, U+FE6A, U+FE57 as '@', '%' and '!': a percent hack or a
    // bang path in disguise.
    const auto routes = [](QStringView local) {
        return std::any_of(local.begin(), local.end(),
                           [](QChar c) { return c == u'%' || c == u'!' || c == u'@'; });
    };
    result->senderRouted =
        routes(result->localPart) || routes(result->localPart.normalized(QString::NormalizationForm_KC));
    const auto nonAscii = [](QStringView s) {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x80; });
    };
    result->nonAscii = nonAscii(result->localPart) || nonAscii(result->domain);
    return true;
}

bool Parser::parseSourceRoute(QStringView text, QStringList *hops, QString *error)
{
    for (QStringView hop : text.split(u',')) {
        if (!hop.startsWith(u'@')) {
            *error = tr("every hop of the source route must begin with '@'");
            return false;
        }
        if (hop.mid(1).startsWith(u'[')) {
            *error = tr("a source route hop must be a domain name, not an address literal");
            return false;
        }
        QString domain;
        if (!parseDomain(hop.mid(1), &domain, error))
            return false;
        hops->append(domain);
    }
    return true;
}

MailPath Parser::path(QStringView text, bool reverse)
{
    if (hasLoneSurrogate(text))
        return failure(tr("the path is not valid Unicode text"));
    if (!text.startsWith(u'<'))
        return failure(tr("the path must be enclosed in angle brackets"));
    if (text.size() < 2 || !text.endsWith(u'>'))
        return failure(tr("the path does not end with '>'"));
    QStringView inner = text.mid(1, text.size() - 2);

    MailPath result;
    if (inner.isEmpty()) {
        if (!reverse)
            return failure(tr("the null path <> is not allowed as a recipient"));
        result.valid = true;
        result.isNull = true;
        return result;
    }
    if (!reverse && inner.compare(u"postmaster", Qt::CaseInsensitive) == 0) {
        result.valid = true;
        result.isPostmaster = true;
        result.localPart = inner.toString();
        return result;
    }
    if (inner.startsWith(u'@')) {
        const qsizetype colon = inner.indexOf(u':');
        if (colon < 0)
            return failure(tr("the source route is not followed by ':' and a mailbox"));
        QString error;
        if (!parseSourceRoute(inner.left(colon), &result.sourceRoute, &error))
            return failure(error);
        inner = inner.mid(colon + 1);
    }
    QString error;
    if (!parseMailbox(inner, &result, &error))
        return failure(error);
    if (octets(text) > MaxPathOctets)
        return failure(tr("the path is longer than 256 octets"));
    result.valid = true;
    return result;
}

MailPath Parser::mailbox(QStringView text)
{
    if (hasLoneSurrogate(text))
        return failure(tr("the address is not valid Unicode text"));
    MailPath result;
    QString error;
    if (!parseMailbox(text, &result, &error))
        return failure(error);
    // The mailbox must fit a path: "<" mailbox ">" is at most 256 octets.
    if (octets(text) > MaxPathOctets - 2)
        return failure(
            tr("the address is longer than 254 octets (a path of 256 octets with its angle brackets)"));
    result.valid = true;
    return result;
}

} // namespace

QString MailPath::address() const
{
    if (!valid || isNull)
        return {};
    if (isPostmaster)
        return QStringLiteral("Postmaster");
    QString local = localPart;
    if (!isDotString(local)) {
        local.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        local.replace(QLatin1Char('"'), QLatin1String("\\\""));
        local = QLatin1Char('"') + local + QLatin1Char('"');
    }
    return local + QLatin1Char('@') + domain;
}

MailPath parseReversePath(QStringView text)
{
    return Parser::path(text, true);
}

MailPath parseForwardPath(QStringView text)
{
    return Parser::path(text, false);
}

MailPath parseMailbox(QStringView text)
{
    return Parser::mailbox(text);
}

} // namespace RelayDesk
