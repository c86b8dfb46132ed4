#pragma once

#include <QObject>
#include <QtGlobal>

// The named child widget of a dialog under test; null (with a warning naming it) when the form has
// no such child, so that a renamed widget fails the test where it is used.
namespace RelayDesk::TestSupport {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace RelayDesk::TestSupport
