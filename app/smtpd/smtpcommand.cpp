#include "smtpcommand.h"

namespace RelayDesk {

SmtpCommand SmtpCommand::parse(QByteArrayView line)
{
    SmtpCommand command;
    const qsizetype space = line.indexOf(' ');
    if (space < 0) {
        command.verb = line.toByteArray().toUpper();
    } else {
        command.verb = line.first(space).toByteArray().toUpper();
        command.argument = line.sliced(space + 1).toByteArray();
    }
    return command;
}

SmtpPathArgument SmtpPathArgument::parse(QByteArrayView argument, QByteArrayView prefix)
{
    SmtpPathArgument result;
    if (argument.size() < prefix.size()
        || qstrnicmp(argument.data(), prefix.data(), size_t(prefix.size())) != 0)
        return result;
    QByteArrayView rest = argument.sliced(prefix.size());
    while (rest.startsWith(' '))
        rest = rest.sliced(1);
    if (rest.isEmpty())
        return result;
    qsizetype end = 0;
    if (rest.at(0) == '<') {
        // The path ends at the first '>' outside a quoted string.
        bool quoted = false;
        qsizetype i = 1;
        for (; i < rest.size(); ++i) {
            const char c = rest.at(i);
            if (quoted && c == '\\') {
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '>') {
                break;
            }
        }
        if (i >= rest.size())
            return result;
        end = i + 1;
    } else {
        end = rest.indexOf(' ');
        if (end < 0)
            end = rest.size();
    }
    result.path = rest.first(end).toByteArray();
    rest = rest.sliced(end);
    if (!rest.isEmpty() && rest.at(0) != ' ')
        return result; // "<a@b>junk"
    for (const QByteArray &parameter : rest.toByteArray().split(' ')) {
        if (!parameter.isEmpty())
            result.parameters.append(parameter);
    }
    result.valid = true;
    return result;
}

void splitParameter(QByteArrayView parameter, QByteArray *key, QByteArray *value)
{
    const qsizetype equals = parameter.indexOf('=');
    if (equals < 0) {
        *key = parameter.toByteArray().toUpper();
        value->clear();
    } else {
        *key = parameter.first(equals).toByteArray().toUpper();
        *value = parameter.sliced(equals + 1).toByteArray();
    }
}

} // namespace RelayDesk
