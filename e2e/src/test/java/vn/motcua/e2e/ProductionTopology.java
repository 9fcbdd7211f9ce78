package vn.motcua.e2e;

import static vn.motcua.e2e.Processes.awaitHealthy;
import static vn.motcua.e2e.Processes.copyJar;
import static vn.motcua.e2e.Processes.freePort;
import static vn.motcua.e2e.Processes.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The production topology of deploy/, on one machine: Debian's nginx with the shipped {@code deploy/nginx/nginx.conf}
 * in front of two server instances, two kiosk-app and two counter-app replicas, sharing one PostgreSQL and one
 * Redis. The stores are the embedded ones that the first server instance starts (real PostgreSQL and Redis
 * binaries, so the test needs nothing but a JDK and nginx); the second instance and the apps are configured as
 * compose.yaml configures them: stores by URL, one token secret, the apps through nginx's internal listener.
 *
 * <p>Only what the machine forces is changed in the shipped nginx config: the upstream host names become
 * 127.0.0.1 and free ports, the listen ports free ports, and the pid, log and temporary files move into the
 * topology's own directory. A host name of the shipped config that this class does not know fails the start.
 */
final class ProductionTopology implements AutoCloseable {

    private static final Pattern EMBEDDED_REDIS = Pattern.compile("Embedded Redis on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern EMBEDDED_POSTGRES = Pattern.compile("Embedded PostgreSQL at (jdbc:postgresql:\\S+)");
    private static final Pattern UPSTREAM_HOST = Pattern.compile("server ([a-z][a-z0-9-]*):8080");
    private static final Pattern LISTEN = Pattern.compile("listen (\\d+);");
    /** Seven JVMs starting at once on two cores, beside the other browser tests' stack. */
    private static final Duration STARTUP = Duration.ofMinutes(8);

    private final Path work;
    private final Path logs;
    private final Map<String, Integer> upstreamPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final int publicPort = freePort();
    private final int internalPort = freePort();
    private final int kioskPort = freePort();
    private final int counterPort = freePort();

    private ProductionTopology(Path work, Path logs) {
        this.work = work;
        this.logs = logs;
        for (String name :
                List.of("server-1", "server-2", "kiosk-app-1", "kiosk-app-2", "counter-app-1", "counter-app-2")) {
            upstreamPorts.put(name, freePort());
        }
    }

    /** nginx as Debian installs it, or {@code -De2e.nginx=<path>}. */
    static Path nginx() {
        return Path.of(System.getProperty("e2e.nginx", "/usr/sbin/nginx"));
    }

    /** Where the processes' logs go: target/e2e-logs/topology unless -De2e.logs says otherwise. */
    static Path logs() {
        return Path.of(System.getProperty("e2e.logs", "target/e2e-logs")).resolve("topology");
    }

    static ProductionTopology start() {
        ProductionTopology topology;
        try {
            Path logs = Files.createDirectories(logs());
            topology = new ProductionTopology(Files.createTempDirectory("motcua-topology-"), logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            topology.launch();
            return topology;
        } catch (RuntimeException | Error e) {
            topology.close();
            throw e;
        }
    }

    /** nginx's public listener: the API, /ws and the citizens' pages, as MOTCUA_PUBLIC_URL names it. */
    URI publicUrl() {
        return URI.create("http://127.0.0.1:" + publicPort);
    }

    String kioskUrl() {
        return "http://127.0.0.1:" + kioskPort;
    }

    String counterUrl() {
        return "http://127.0.0.1:" + counterPort;
    }

    /** The replica's own port, behind nginx. */
    int port(String name) {
        return upstreamPorts.get(name);
    }

    /** As a crash would: no shutdown hook, connections cut. */
    void kill(String name) {
        Process process = processes.get(name);
        Processes.kill(process.toHandle());
    }

    private void launch() {
        Instant deadline = Instant.now().plus(STARTUP);
        Map<String, String> serverEnv = Map.of(
                "MOTCUA_TOKEN_SECRET",
                MotcuaStack.TOKEN_SECRET,
                "MOTCUA_PUBLIC_URL",
                publicUrl().toString(),
                "SERVER_FORWARD_HEADERS_STRATEGY",
                "native");
        Map<String, String> first = new LinkedHashMap<>(serverEnv);
        first.put("MOTCUA_EMBEDDED", "true");
        startServer("server-1", first);
        awaitServer("server-1", first, deadline);

        String serverLog = read(logs.resolve("server-1.log"));
        Map<String, String> second = new LinkedHashMap<>(serverEnv);
        second.put("DATABASE_URL", find(EMBEDDED_POSTGRES, serverLog));
        second.put("REDIS_URL", "redis://127.0.0.1:" + find(EMBEDDED_REDIS, serverLog));
        startServer("server-2", second);
        startNginx();
        awaitServer("server-2", second, deadline);

        // after the servers rather than with them: seven JVMs starting at once on two cores time out their stores
        Map<String, String> appEnv = Map.of(
                "MOTCUA_SERVER_URL", "http://127.0.0.1:" + internalPort, "SERVER_FORWARD_HEADERS_STRATEGY", "native");
        for (String app : List.of("kiosk-app-1", "kiosk-app-2", "counter-app-1", "counter-app-2")) {
            String module = app.substring(0, app.lastIndexOf('-'));
            Path dir = work.resolve(app);
            Path jar = copyJar(
                    "e2e." + module.replace("-app", "") + ".jar",
                    module,
                    module.equals("kiosk-app") ? MotcuaStack.KIOSK_JAR : MotcuaStack.COUNTER_JAR,
                    dir);
            Map<String, String> env = new LinkedHashMap<>(appEnv);
            env.put("PORT", String.valueOf(port(app)));
            processes.put(app, java(jar, dir, logs.resolve(app + ".log"), env));
        }
        for (String app : List.of("kiosk-app-1", "kiosk-app-2")) {
            await(app, "/", deadline);
        }
        // its sign-in page: every other address sends whoever is not signed in there
        for (String app : List.of("counter-app-1", "counter-app-2")) {
            await(app, "/dang-nhap", deadline);
        }
        awaitHealthy(
                "nginx", processes.get("nginx"), publicUrl() + "/actuator/health", logs.resolve("nginx.log"), deadline);
    }

    /**
     * The first instance starts the embedded stores the second uses, so it runs the demo's jar; the second runs the jar
     * a production image ships, so that CI runs what is deployed.
     */
    private void startServer(String name, Map<String, String> env) {
        Path dir = work.resolve(name);
        Path jar = name.equals("server-1")
                ? copyJar("e2e.server.jar", "server", MotcuaStack.SERVER_JAR, dir)
                : copyJar("e2e.production.jar", "server", MotcuaStack.PRODUCTION_JAR, dir);
        processes.put(name, java(jar, dir, logs.resolve(name + ".log"), env, "--server.port=" + port(name)));
    }

    /**
     * Healthy, or started once more if it gave up starting, as systemd's {@code Restart=on-failure} and compose's
     * {@code restart: unless-stopped} do: a server refuses to start when a store does not answer within its timeout
     * (the Redis listener containers fail their start by design), which a loaded machine can make happen.
     */
    private void awaitServer(String name, Map<String, String> env, Instant deadline) {
        try {
            await(name, "/actuator/health", deadline);
        } catch (IllegalStateException failedToStart) {
            System.err.println("[e2e] " + name + " did not start, starting it again: " + failedToStart.getMessage());
            Processes.stop(processes.get(name));
            MotcuaStack.stopEmbeddedStores(work.resolve(name));
            Processes.deleteQuietly(work.resolve(name).resolve("data"));
            startServer(name, env);
            await(name, "/actuator/health", deadline);
        }
    }

    private void await(String name, String path, Instant deadline) {
        awaitHealthy(
                name,
                processes.get(name),
                "http://127.0.0.1:" + port(name) + path,
                logs.resolve(name + ".log"),
                deadline);
    }

    private void startNginx() {
        Path shipped = Path.of(System.getProperty("e2e.nginx.conf", "../deploy/nginx/nginx.conf"));
        Path dir = work.resolve("nginx");
        try {
            Files.createDirectories(dir.resolve("logs"));
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, render(Files.readString(shipped), dir));
            processes.put(
                    "nginx",
                    Processes.start(
                            List.of(
                                    nginx().toString(),
                                    "-p",
                                    dir.toString(),
                                    "-c",
                                    conf.toString(),
                                    "-e",
                                    dir.resolve("error.log").toString(),
                                    "-g",
                                    "daemon off; pid " + dir.resolve("nginx.pid") + ";"),
                            dir,
                            logs.resolve("nginx.log"),
                            Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped config with this machine's addresses, ports and file locations. */
    String render(String shipped, Path dir) {
        Map<Integer, Integer> listens = Map.of(80, publicPort, 8080, internalPort, 8081, kioskPort, 8082, counterPort);
        Matcher hosts = UPSTREAM_HOST.matcher(shipped);
        StringBuilder rendered = new StringBuilder();
        while (hosts.find()) {
            Integer port = upstreamPorts.get(hosts.group(1));
            if (port == null) {
                throw new IllegalStateException("deploy/nginx/nginx.conf names an upstream " + hosts.group(1)
                        + " that the topology test does not start: start it here too");
            }
            hosts.appendReplacement(rendered, "server 127.0.0.1:" + port);
        }
        hosts.appendTail(rendered);
        Matcher listen = LISTEN.matcher(rendered.toString());
        StringBuilder result = new StringBuilder();
        while (listen.find()) {
            Integer port = listens.get(Integer.parseInt(listen.group(1)));
            if (port == null) {
                throw new IllegalStateException("deploy/nginx/nginx.conf listens on " + listen.group(1)
                        + ", which the topology test does not know");
            }
            listen.appendReplacement(result, "listen 127.0.0.1:" + port + ";");
        }
        listen.appendTail(result);
        String files = "http {\n    access_log " + dir.resolve("access.log") + ";\n"
                + Stream.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
                        .map(kind -> "    " + kind + "_temp_path " + dir.resolve(kind) + ";\n")
                        .reduce("", String::concat);
        return result.toString().replaceFirst("http \\{\n", Matcher.quoteReplacement(files));
    }

    private static String find(Pattern pattern, String log) {
        Matcher matcher = pattern.matcher(log);
        if (!matcher.find()) {
            throw new IllegalStateException("server-1 did not log " + pattern + "; its log:\n" + log);
        }
        return matcher.group(1);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> children = new ArrayList<>();
        processes.values().stream()
                .filter(Process::isAlive)
                .forEach(p -> p.descendants().forEach(children::add));
        List<String> names = new ArrayList<>(processes.keySet());
        // the apps, nginx and the second instance before the first, whose embedded stores the others use
        names.reversed().forEach(name -> Processes.stop(processes.get(name)));
        MotcuaStack.stopEmbeddedStores(work.resolve("server-1"));
        children.stream().filter(ProcessHandle::isAlive).forEach(Processes::stop);
        Processes.deleteQuietly(work);
    }
}
