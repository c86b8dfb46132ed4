#include "listenercontrol.h"

namespace RelayDesk {

// Out of line, so the vtable has one home.
ListenerControl::~ListenerControl() = default;

} // namespace RelayDesk
