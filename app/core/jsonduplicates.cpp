#include "jsonduplicates.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstring>
#include <vector>

namespace RelayDesk {
namespace {

// Translated texts of this file, in the "ConfigJson" context that lupdate sees.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigJson)
};

struct Position
{
    qsizetype line = 1;
    qsizetype column = 1;
};

// One key of an open object.
struct SeenKey
{
    QString key;
    Position first;
    QList<Position> repeats; // the later occurrences, if any
    qsizetype problem = -1; // index of its Problem once it has repeated
};

// Objects with few keys (the usual case) are searched linearly; larger ones get a hash.
constexpr qsizetype HashThreshold = 8;

// One open object or array.
struct Frame
{
    bool isObject = false;
    qsizetype index = 0; // arrays: the current element; objects: the current key in keys
    QList<SeenKey> keys;
    QHash<QString, qsizetype> lookup; // key -> index in keys, once keys outgrows HashThreshold

    qsizetype find(const QString &key) const
    {
        if (!lookup.isEmpty())
            return lookup.value(key, -1);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).key == key)
                return i;
        }
        return -1;
    }

    qsizetype add(const QString &key, Position at)
    {
        keys.append(SeenKey{key, at, {}, -1});
        const qsizetype i = keys.size() - 1;
        if (!lookup.isEmpty()) {
            lookup.insert(key, i);
        } else if (keys.size() > HashThreshold) {
            lookup.reserve(keys.size() * 2);
            for (qsizetype k = 0; k < keys.size(); ++k)
                lookup.insert(keys.at(k).key, k);
        }
        return i;
    }
};

// "a, b and c"
QString joinList(const QStringList &items)
{
    QString joined = items.first();
    for (qsizetype i = 1; i < items.size() - 1; ++i)
        joined = Text::tr("%1, %2").arg(joined, items.at(i));
    return Text::tr("%1 and %2").arg(joined, items.last());
}

QString duplicateMessage(const SeenKey &seen)
{
    QList<Position> all{seen.first};
    all.append(seen.repeats);

    bool sameLine = true;
    bool distinctLines = true; // positions are in document order
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (all.at(i).line != all.first().line)
            sameLine = false;
        if (all.at(i).line == all.at(i - 1).line)
            distinctLines = false;
    }

    QStringList items;
    QString where;
    if (distinctLines) {
        for (const Position &p : all)
            items.append(QString::number(p.line));
        where = Text::tr("lines %1").arg(joinList(items));
    } else if (sameLine) {
        for (const Position &p : all)
            items.append(QString::number(p.column));
        where = Text::tr("line %1, columns %2").arg(QString::number(all.first().line), joinList(items));
    } else {
        for (const Position &p : all)
            items.append(QString::number(p.line) + QLatin1Char(':') + QString::number(p.column));
        where = Text::tr("at %1").arg(joinList(items));
    }

    if (all.size() == 2)
        return Text::tr("field appears twice (%1)").arg(where);
    return Text::tr("field appears %n times (%1)", nullptr, int(all.size())).arg(where);
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_data(json.constData())
        , m_size(json.size())
    { }

    QList<Problem> run()
    {
        if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0) {
            m_pos = 3;
            m_countedTo = 3; // the BOM is not a column
        }
        scan();
        return m_problems;
    }

private:
    enum class Expect
    {
        Value,
        ValueOrEnd, // just after '['
        Key, // after ',' in an object
        KeyOrEnd, // just after '{'
        Colon,
        CommaOrEnd
    };

    // Returns when the top-level value is complete or at the first error.
    void scan()
    {
        Expect expect = Expect::Value;
        for (;;) {
            skipWhitespace();
            if (m_pos >= m_size)
                return;
            const char c = m_data[m_pos];
            switch (expect) {
            case Expect::ValueOrEnd:
                if (c == ']') {
                    ++m_pos;
                    m_stack.pop_back();
                    if (m_stack.empty())
                        return;
                    expect = Expect::CommaOrEnd;
                    break;
                }
                [[fallthrough]];
            case Expect::Value:
                if (c == '{') {
                    ++m_pos;
                    m_stack.emplace_back();
                    m_stack.back().isObject = true;
                    expect = Expect::KeyOrEnd;
                    break;
                }
                if (c == '[') {
                    ++m_pos;
                    m_stack.emplace_back();
                    expect = Expect::ValueOrEnd;
                    break;
                }
                if (!skipScalar(c) || m_stack.empty())
                    return;
                expect = Expect::CommaOrEnd;
                break;
            case Expect::KeyOrEnd:
                if (c == '}') {
                    ++m_pos;
                    m_stack.pop_back();
                    if (m_stack.empty())
                        return;
                    expect = Expect::CommaOrEnd;
                    break;
                }
                [[fallthrough]];
            case Expect::Key:
                if (c != '"' || !readKey())
                    return;
                expect = Expect::Colon;
                break;
            case Expect::Colon:
                if (c != ':')
                    return;
                ++m_pos;
                expect = Expect::Value;
                break;
            case Expect::CommaOrEnd: {
                Frame &top = m_stack.back();
                if (c == ',') {
                    ++m_pos;
                    if (top.isObject) {
                        expect = Expect::Key;
                    } else {
                        ++top.index;
                        expect = Expect::Value;
                    }
                } else if (c == (top.isObject ? '}' : ']')) {
                    ++m_pos;
                    m_stack.pop_back();
                    if (m_stack.empty())
                        return;
                } else {
                    return;
                }
                break;
            }
            }
        }
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    // A string, number, true, false or null.
    bool skipScalar(char c)
    {
        if (c == '"')
            return skipString();
        if (c == '-' || (c >= '0' && c <= '9')) {
            while (m_pos < m_size) {
                const char d = m_data[m_pos];
                if (!((d >= '0' && d <= '9') || d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E'))
                    break;
                ++m_pos;
            }
            return true;
        }
        for (const char *literal : {"true", "false", "null"}) {
            const qsizetype length = qsizetype(std::strlen(literal));
            if (m_size - m_pos >= length && std::memcmp(m_data + m_pos, literal, size_t(length)) == 0) {
                m_pos += length;
                return true;
            }
        }
        return false;
    }

    // A string value: only its end matters.
    bool skipString()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            m_pos += c == '\\' ? 2 : 1;
        }
        return false;
    }

    // A key (at its opening quote): unescapes it and records it in the innermost object.
    bool readKey()
    {
        const Position at = position(m_pos);
        QString key;
        if (!readString(&key))
            return false;

        Frame &top = m_stack.back();
        const qsizetype i = top.find(key);
        if (i < 0) {
            top.index = top.add(key, at);
            return true;
        }
        top.index = i;
        SeenKey &seen = top.keys[i];
        seen.repeats.append(at);
        const QString message = duplicateMessage(seen);
        if (seen.problem < 0) {
            seen.problem = m_problems.size();
            m_problems.append({Problem::Severity::Error, path(), message});
        } else {
            m_problems[seen.problem].message = message;
        }
        return true;
    }

    bool readString(QString *out)
    {
        const qsizetype start = ++m_pos; // past the opening quote
        // Fast path: no escapes.
        while (m_pos < m_size && m_data[m_pos] != '"' && m_data[m_pos] != '\\')
            ++m_pos;
        if (m_pos >= m_size)
            return false;
        *out = QString::fromUtf8(m_data + start, m_pos - start);
        // Runs between escapes end at ASCII bytes, so no UTF-8 sequence is split.
        while (m_data[m_pos] != '"') {
            if (m_data[m_pos] != '\\') {
                const qsizetype run = m_pos;
                while (m_pos < m_size && m_data[m_pos] != '"' && m_data[m_pos] != '\\')
                    ++m_pos;
                out->append(QString::fromUtf8(m_data + run, m_pos - run));
            } else {
                if (m_pos + 1 >= m_size)
                    return false;
                const char escape = m_data[m_pos + 1];
                m_pos += 2;
                switch (escape) {
                case '"':
                case '\\':
                case '/':
                    out->append(QLatin1Char(escape));
                    break;
                case 'b':
                    out->append(QLatin1Char('\b'));
                    break;
                case 'f':
                    out->append(QLatin1Char('\f'));
                    break;
                case 'n':
                    out->append(QLatin1Char('\n'));
                    break;
                case 'r':
                    out->append(QLatin1Char('\r'));
                    break;
                case 't':
                    out->append(QLatin1Char('\t'));
                    break;
                case 'u': {
                    // A UTF-16 code unit; the two halves of a surrogate pair become the same two
                    // QChars that the unescaped UTF-8 character decodes to.
                    if (m_size - m_pos < 4)
                        return false;
                    char16_t unit = 0;
                    for (int k = 0; k < 4; ++k) {
                        const int digit = hexValue(m_data[m_pos + k]);
                        if (digit < 0)
                            return false;
                        unit = char16_t(unit * 16 + digit);
                    }
                    m_pos += 4;
                    out->append(QChar(unit));
                    break;
                }
                default:
                    return false;
                }
            }
            if (m_pos >= m_size)
                return false;
        }
        ++m_pos; // the closing quote
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Line and column of a byte offset; offsets must not decrease between calls, which keeps
    // the counting linear overall.
    Position position(qsizetype offset)
    {
        for (; m_countedTo < offset; ++m_countedTo) {
            const char c = m_data[m_countedTo];
            if (c == '\n') {
                ++m_current.line;
                m_current.column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { // not a continuation byte
                ++m_current.column;
            }
        }
        return m_current;
    }

    // The config path of the current key of the innermost object.
    QString path() const
    {
        QString result;
        for (const Frame &frame : m_stack) {
            if (frame.isObject) {
                if (!result.isEmpty())
                    result += QLatin1Char('.');
                result += frame.keys.at(frame.index).key;
            } else {
                result += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
            }
        }
        return result;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_countedTo = 0; // position() has counted lines and columns up to here
    Position m_current;
    std::vector<Frame> m_stack;
    QList<Problem> m_problems;
};

} // namespace

QList<Problem> findDuplicateKeys(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace RelayDesk
