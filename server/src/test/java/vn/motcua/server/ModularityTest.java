package vn.motcua.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk only through each other's public API; a reach into another's internals fails the build. */
class ModularityTest {

    @Test
    void feature_packages_respect_each_others_boundaries() {
        ApplicationModules.of(MotcuaServer.class).verify();
    }
}
