#include "privatefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace RelayDesk {

bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("RelayDesk::PrivateFile", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size())
        return fail();
    return file.commit() || fail();
}

} // namespace RelayDesk
