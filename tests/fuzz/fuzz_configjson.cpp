// libFuzzer target: the strict configuration reader, validation and lint with any bytes.
// Invariant: whatever reads and validates writes out and reads back to the same configuration.
#include "configjson.h"
#include "validation.h"

#include <cstdint>
#include <cstdlib>

using namespace RelayDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Config config;
    Config partial;
    QList<Problem> problems;
    const bool ok = ConfigJson::read(json, &config, &problems, &partial);
    Validation::validate(ok ? config : partial);
    Validation::lint(ok ? config : partial);
    if (ok && Validation::validate(config).isEmpty()) {
        Config again;
        QList<Problem> more;
        if (!ConfigJson::read(ConfigJson::write(config), &again, &more) || !(again == config))
            std::abort();
    }
    return 0;
}
