#pragma once
// Tests only: the parts StudioBackend's façade keeps inside (the EvoLink
// client, the demo simulator, the network access manager), to set a test
// up or check the wiring. Widgets and the CLI have no such route: these are
// private members, and this friend lives in tests/support. A test that uses
// what it gets links ks_api or ks_sim itself.

#include "backend/StudioBackend.h"

class QNetworkAccessManager;

namespace ks {

class EvoLinkClient;
class Simulator;

class StudioBackendTestAccess final
{
public:
    StudioBackendTestAccess() = delete;

    static EvoLinkClient *client(const StudioBackend &backend) { return backend.client(); }
    // Null unless demo.
    static Simulator *simulator(const StudioBackend &backend) { return backend.simulator(); }
    static QNetworkAccessManager *network(const StudioBackend &backend)
    {
        return backend.network();
    }
};

} // namespace ks
