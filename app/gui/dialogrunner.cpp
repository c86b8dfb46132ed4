#include "dialogrunner.h"

namespace RelayDesk::DialogRunner {

namespace {

Hook &hook()
{
    static Hook instance;
    return instance;
}

} // namespace

void setHook(Hook newHook)
{
    hook() = std::move(newHook);
}

int exec(QDialog &dialog)
{
    if (hook())
        return hook()(dialog);
    return dialog.exec();
}

} // namespace RelayDesk::DialogRunner
