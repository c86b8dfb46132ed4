#pragma once

#include <QDialog>

#include <functional>

namespace RelayDesk {

// Runs the console's modal sub-dialogs (Add…, Relay…, Authentication…). Tests install a hook
// that fills the real dialog and returns its result instead of showing it (the seam
// keepassxc's GUI tests get from QTimer::singleShot, without the timing).
namespace DialogRunner {

using Hook = std::function<int(QDialog &dialog)>;
void setHook(Hook hook); // empty: dialogs run with exec()
int exec(QDialog &dialog);

} // namespace DialogRunner

} // namespace RelayDesk
