#include "passwordhash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace RelayDesk::PasswordHash {

namespace {

const QLatin1String Scheme("pbkdf2-sha256");
const QLatin1Char Separator('$');

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

QByteArray deriveKey(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              KeyLength);
}

bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !letter)
            return false;
    }
    return true;
}

bool isDecimal(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool parse(const QString &encoded, Parsed *out)
{
    const QStringList parts = encoded.split(Separator);
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;

    // Plain decimal only: no sign, no spaces, no leading zero.
    const QString &iterationText = parts.at(1);
    if (!isDecimal(iterationText) || iterationText.startsWith(QLatin1Char('0')))
        return false;
    const int iterations = iterationText.toInt();
    if (iterations < 1 || iterations > MaxIterations)
        return false;

    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // toLatin1() maps non-Latin-1 characters to '?', which the strict decoder refuses.
    if (!salt || salt.decoded.isEmpty())
        return false;

    const QString &keyText = parts.at(3);
    if (keyText.size() != 2 * KeyLength || !isLowerHex(keyText))
        return false;

    out->iterations = iterations;
    out->salt = salt.decoded;
    out->key = QByteArray::fromHex(keyText.toLatin1());
    return out->key.size() == KeyLength;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString hash(const QString &password, int iterations)
{
    if (iterations < 1 || iterations > MaxIterations)
        return {};

    std::array<quint32, SaltLength / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray salt(reinterpret_cast<const char *>(words.data()), SaltLength);

    const QByteArray key = deriveKey(password, salt, iterations);
    if (key.size() != KeyLength)
        return {};

    return Scheme + Separator + QString::number(iterations) + Separator + QString::fromLatin1(salt.toBase64())
        + Separator + QString::fromLatin1(key.toHex());
}

bool verify(const QString &password, const QString &encoded)
{
    Parsed parsed;
    if (!parse(encoded, &parsed))
        return false;
    const QByteArray candidate = deriveKey(password, parsed.salt, parsed.iterations);
    return constantTimeEquals(candidate, parsed.key);
}

bool isWellFormed(const QString &encoded)
{
    Parsed parsed;
    return parse(encoded, &parsed);
}

} // namespace RelayDesk::PasswordHash
