package vn.motcua.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.dossier.DossierTestKit;

/**
 * Every operation of the server's own OpenAPI document, called by nobody, by each role and with malformed or
 * hostile path variables, query parameters and bodies, answers without a 5xx and without a stack trace; on
 * /api/** every 4xx is problem+json. The inputs come from a seeded {@link Random}, so a failure repeats.
 */
@IntegrationTest
class ApiFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzzTest.class);
    private static final long SEED = 11L;
    /** Long enough to overflow any column or page layout, short enough for Tomcat's 8 KB request line. */
    private static final String LONG_SEGMENT = "x".repeat(3000);

    private static final String HUGE_TEXT = "Ạ".repeat(100_000);
    private static final String UNSTORABLE = "unstorable-text";
    private static final List<String> PATH_VALUES = List.of(
            "0",
            "-1",
            "999999999999",
            "99999999999999999999",
            "abc",
            LONG_SEGMENT,
            // a lone surrogate as CESU-8 bytes, which no valid UTF-8 holds
            "%ED%A0%80",
            "%00");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (vn\\.motcua|java\\.|jdk\\.|org\\.|tools\\.|com\\.)[\\w$.]+\\(|java\\.lang\\.|\\w+(Exception|Error): |"
                    + "org\\.springframework\\.|org\\.postgresql\\.|tools\\.jackson\\.");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Random random = new Random(SEED);
    /** As many calls in flight as a busy office makes, which also keeps the run short on a loaded machine. */
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private int requests;
    /** How many answers had each status, logged so that a run whose inputs no longer reach the handlers shows. */
    private final Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @AfterEach
    void stopSending() {
        pool.shutdownNow();
    }

    @Test
    void every_operation_answers_every_role_and_none_without_a_5xx_or_a_stack_trace() throws Exception {
        var office = fixtures.office();
        Map<String, Principal> principals = new LinkedHashMap<>();
        principals.put("none", new Principal("none", () -> null));
        for (Role role : Role.values()) {
            principals.put(role.name(), new Principal(role.name(), () -> signIn(office, role)));
        }
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        Map<String, String> known = new LinkedHashMap<>();
        known.put("officeId", Long.toString(office.id()));
        known.put("counterId", Long.toString(office.counter(0)));
        known.put("areaId", Long.toString(office.area(0)));
        // the office's first command builds its queues, which may take longer than a request waits on a loaded machine
        known.put(
                "ticketId",
                Awaitility.await()
                        .atMost(Duration.ofSeconds(20))
                        .ignoreExceptionsInstanceOf(ApiException.class)
                        .until(() -> kiosk.queue().issueTicket(office.id(), office.area(0), null), issued -> true)
                        .ticket()
                        .id());
        known.put("staffId", subjectId(fixtures.staff(office.id(), Role.CLERK)));
        known.put("deviceId", subjectId(fixtures.device(office.id(), Role.DISPLAY, null)));
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        ProcedureView procedure = admin.offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "FUZZ-1", "Thủ tục thử", office.area(0), 3, List.of("Tờ khai"), "Miễn phí", true));
        known.put("procedureId", Long.toString(procedure.id()));
        known.put(
                "code",
                fixtures.staff(office.id(), Role.CLERK)
                        .dossiers()
                        .registerDossier(office.id(), DossierTestKit.dossier(procedure))
                        .code());
        known.put("year", "2026");
        known.put("day", "2026-05-04");

        JsonNode document = json.readTree(get("/v3/api-docs"));
        List<Operation> operations = operations(document);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        for (Operation operation : operations) {
            fuzz(operation, document, known, principals, failures);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        log.info(
                "API fuzz: {} operations x {} principals, {} requests in {} s, {} failures; statuses {}",
                operations.size(),
                principals.size(),
                requests,
                seconds,
                failures.size(),
                statuses);

        failures.sort(null);
        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(failures)
                .as(
                        "%d of %d requests answered with a 5xx, a stack trace or a 4xx that is not problem+json:%n%s",
                        failures.size(), requests, String.join("\n", failures))
                .isEmpty();
    }

    private void fuzz(
            Operation operation,
            JsonNode document,
            Map<String, String> known,
            Map<String, Principal> principals,
            List<String> failures)
            throws Exception {
        Input baseline = baseline(operation, document, known);
        List<Call> baselines = new ArrayList<>();
        for (Principal principal : principals.values()) {
            baselines.add(new Call(principal, baseline));
        }
        List<String> admitted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<HttpResponse<byte[]>> answers = sendAll(operation, baselines, failures);
        for (int i = 0; i < baselines.size(); i++) {
            int status = answers.get(i).statusCode();
            (status == 401 || status == 403 ? refused : admitted).add(baselines.get(i).principal.name);
        }
        // every hostile input reaches one principal the handler lets in (or, if none, one it refuses), and every
        // third one also a principal it refuses, taking turns: binding and validation run before the handler
        // decides who may call it, and the run stays short on a loaded machine
        List<Input> inputs = hostile(operation, document, baseline);
        int offset = random.nextInt(principals.size());
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<String> first = admitted.isEmpty() ? refused : admitted;
            calls.add(new Call(principals.get(first.get((i + offset) % first.size())), inputs.get(i)));
            if (i % 3 == 0 && !refused.isEmpty() && !admitted.isEmpty()) {
                calls.add(new Call(principals.get(refused.get((i + offset) % refused.size())), inputs.get(i)));
            }
        }
        sendAll(operation, calls, failures);
        for (Principal principal : principals.values()) {
            principal.renewIfRevoked();
        }
    }

    /** A few at a time, as the kiosks and counters of an office do; the answers in the order of the calls. */
    private List<HttpResponse<byte[]>> sendAll(Operation operation, List<Call> calls, List<String> failures)
            throws Exception {
        List<Future<HttpResponse<byte[]>>> pending = new ArrayList<>();
        for (Call call : calls) {
            int number = ++requests;
            pending.add(pool.submit(() -> send(operation, call.principal, call.input, number, failures)));
        }
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        for (Future<HttpResponse<byte[]>> answer : pending) {
            answers.add(answer.get());
        }
        return answers;
    }

    private HttpResponse<byte[]> send(
            Operation operation, Principal principal, Input input, int number, List<String> failures) throws Exception {
        String path = operation.path;
        for (Map.Entry<String, String> variable : input.path.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        String target = fixtures.baseUrl() + path + (input.query.isEmpty() ? "" : "?" + input.query);
        HttpRequest.BodyPublisher body = input.body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(input.body.getBytes(StandardCharsets.UTF_8));
        // each request from its own address, so that the sign-in throttle's per-address count locks out nobody
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", "198.18." + (number >> 8 & 255) + "." + (number & 255))
                .header("Accept-Language", number % 2 == 0 ? "vi" : "en")
                .method(operation.method, body);
        if (input.contentType != null) {
            request.header("Content-Type", input.contentType);
        }
        String token = principal.token();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        input.headers.forEach(request::setHeader);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 401 && token != null && !input.headers.containsKey("Authorization")) {
            principal.revoked = true;
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        check(operation, principal, input, response, failures);
        return response;
    }

    private static void check(
            Operation operation,
            Principal principal,
            Input input,
            HttpResponse<byte[]> response,
            List<String> failures) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        List<String> problems = new ArrayList<>();
        if (response.statusCode() >= 500) {
            problems.add("5xx");
        }
        if (STACK_TRACE.matcher(body).find()) {
            problems.add("stack trace");
        }
        if (response.statusCode() >= 400
                && response.statusCode() < 500
                && operation.path.startsWith("/api/")
                && !contentType.startsWith("application/problem+json")) {
            problems.add("4xx not problem+json");
        }
        if (!problems.isEmpty()) {
            failures.add(String.format(
                    "%s %s as %s with %s: %d %s (%s) %s",
                    operation.method,
                    operation.path,
                    principal.name,
                    input.label,
                    response.statusCode(),
                    problems,
                    contentType,
                    body.substring(0, Math.min(body.length(), 300)).replaceAll("\\s+", " ")));
        }
    }

    /** A request every principal could make: known ids, plausible query values and a body after the schema. */
    private Input baseline(Operation operation, JsonNode document, Map<String, String> known) {
        Map<String, String> path = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asString();
            path.put(name, known.getOrDefault(name, plausible(name, parameter.path("schema"))));
        }
        String query =
                query(operation, parameter -> plausible(parameter.path("name").asString(), parameter.path("schema")));
        String contentType = operation.contentType();
        String body = null;
        if (contentType != null) {
            body = contentType.contains("csv")
                    ? "ma,ten\n1.000001,Thủ tục thử\n"
                    : write(value(document, operation.bodySchema(), "", known, this::plausibleValue, 0));
        }
        return new Input("baseline", path, query, contentType, body, Map.of());
    }

    private List<Input> hostile(Operation operation, JsonNode document, Input baseline) {
        List<Input> inputs = new ArrayList<>();
        List<String> variables = new ArrayList<>(baseline.path.keySet());
        if (!variables.isEmpty()) {
            for (String value : PATH_VALUES) {
                String variable = variables.get(random.nextInt(variables.size()));
                Map<String, String> path = new LinkedHashMap<>(baseline.path);
                path.put(variable, value);
                inputs.add(baseline.with(
                        "path " + variable + "=" + value.substring(0, Math.min(value.length(), 20)), path, null));
            }
        }
        if (!operation.parameters("query").isEmpty()) {
            inputs.add(baseline.withQuery("query of wrong types", query(operation, this::wrongType)));
            inputs.add(baseline.withQuery("query of extreme values", query(operation, this::extreme)));
            inputs.add(baseline.withQuery("query of empty values", query(operation, parameter -> "")));
            inputs.add(baseline.withQuery(
                    "query of repeated and unknown parameters",
                    baseline.query + "&" + baseline.query + "&%ED%A0%80=%00&zz=" + LONG_SEGMENT.substring(0, 200)));
        }
        if (operation.contentType() != null) {
            String contentType = operation.contentType();
            if (contentType.contains("csv")) {
                inputs.add(baseline.withBody("empty CSV", contentType, ""));
                inputs.add(baseline.withBody("CSV with broken quotes", contentType, "ma,ten\n\"1,\"\"x\n,,,,,,\n"));
                inputs.add(baseline.withBody("CSV with a huge cell", contentType, "ma,ten\n1," + HUGE_TEXT + "\n"));
                inputs.add(baseline.withBody("CSV with a NUL", contentType, "ma,ten\n1,a\u0000b\n"));
            } else {
                JsonNode schema = operation.bodySchema();
                inputs.add(baseline.withBody("empty body", contentType, ""));
                inputs.add(baseline.withBody("body {}", contentType, "{}"));
                inputs.add(baseline.withBody("body null", contentType, "null"));
                inputs.add(baseline.withBody("body []", contentType, "[]"));
                inputs.add(baseline.withBody("body 42", contentType, "42"));
                inputs.add(baseline.withBody("invalid JSON", contentType, "{\"a\": [1, 2,"));
                inputs.add(baseline.withBody(
                        "body of wrong types",
                        contentType,
                        write(value(document, schema, "", Map.of(), (name, leaf) -> wrongValue(leaf), 0))));
                inputs.add(baseline.withBody(
                        "body of huge strings",
                        contentType,
                        write(value(document, schema, "", Map.of(), (name, leaf) -> hugeValue(leaf), 0))));
                inputs.add(baseline.withBody(
                        "body of extreme values",
                        contentType,
                        write(value(document, schema, "", Map.of(), (name, leaf) -> extremeValue(leaf), 0))));
                // escaped in the JSON text: a Java string holding them would reach the wire as '?'
                inputs.add(baseline.withBody(
                        "body with an escaped NUL and lone surrogate in every string",
                        contentType,
                        write(value(document, schema, "", Map.of(), (name, leaf) -> UNSTORABLE, 0))
                                .replace(UNSTORABLE, "a\\u0000b\\ud800c")));
                inputs.add(baseline.withBody(
                        "deeply nested body", contentType, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
                inputs.add(baseline.withBody("body as text/plain", "text/plain", baseline.body));
                inputs.add(baseline.withBody("body as XML", "application/xml", "<a><b>1</b></a>"));
            }
        }
        if (operation.method.equals("GET") || operation.method.equals("DELETE")) {
            inputs.add(baseline.withBody("unexpected JSON body", "application/json", "{\"a\":1}"));
        }
        inputs.add(baseline.withHeader("malformed token", "Authorization", "Bearer abc.def.ghi"));
        inputs.add(baseline.withHeader("Accept of XML only", "Accept", "application/xml"));
        inputs.add(baseline.withHeader("malformed Accept-Language", "Accept-Language", ";q=x,,*-;q=9"));
        return inputs;
    }

    private String query(Operation operation, Function<JsonNode, String> value) {
        return operation.parameters("query").stream()
                .map(p -> p.path("name").asString() + "=" + value.apply(p))
                .collect(Collectors.joining("&"));
    }

    private String plausible(String name, JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> {
                if (schema.has("enum")) {
                    yield schema.path("enum").path(0).asString();
                }
                String text = plausibleText(
                        name.toLowerCase(Locale.ROOT), schema.path("format").asString(""));
                int shortest = schema.path("minLength").asInt(0);
                yield text.length() < shortest ? text + "1".repeat(shortest - text.length()) : text;
            }
        };
    }

    /** Text the handler would take, so that the hostile inputs sent in its place reach past validation. */
    private static String plausibleText(String name, String format) {
        return switch (format) {
            case "date" -> "2026-05-04";
            case "date-time" -> "2026-05-04T08:00:00Z";
            case "uuid" -> "00000000-0000-0000-0000-000000000001";
            case "email" -> "fuzz@example.vn";
            case "uri", "url" -> "http://127.0.0.1:9/hook";
            default -> {
                if (name.contains("month")) {
                    yield "2026-05";
                }
                if (name.contains("time") || name.endsWith("at")) {
                    yield "08:00";
                }
                if (name.contains("password") || name.contains("secret")) {
                    yield "mat-khau-thu-nghiem-2026";
                }
                if (name.contains("email")) {
                    yield "fuzz@example.vn";
                }
                if (name.contains("phone")) {
                    yield "0912345678";
                }
                if (name.contains("url")) {
                    yield "http://127.0.0.1:9/hook";
                }
                if (name.contains("prefix")) {
                    yield "Z";
                }
                yield name.contains("name") ? "Nguyễn Văn Thử" : "x";
            }
        };
    }

    private String wrongType(JsonNode parameter) {
        return switch (type(parameter.path("schema"))) {
            case "integer", "number" -> "abc";
            case "boolean" -> "maybe";
            default ->
                List.of("2026-13-45", "%ED%A0%80", "%00", "1e999", "%25%25").get(random.nextInt(5));
        };
    }

    private String extreme(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        return switch (type(schema)) {
            case "integer", "number" -> random.nextBoolean() ? "99999999999999999999" : "-1";
            case "boolean" -> "true";
            default -> {
                String name = parameter.path("name").asString();
                if (name.contains("month")) {
                    yield "%2B999999999-12";
                }
                if (schema.path("format").asString("").startsWith("date")) {
                    yield random.nextBoolean() ? "%2B999999999-12-31" : "0000-01-01";
                }
                yield LONG_SEGMENT.substring(0, 2000);
            }
        };
    }

    /** A JSON value shaped after the schema, its leaves from {@code leaf}; ids the test knows are kept. */
    private Object value(
            JsonNode document,
            JsonNode schema,
            String name,
            Map<String, String> known,
            BiFunction<String, JsonNode, Object> leaf,
            int depth) {
        JsonNode resolved = resolve(document, schema);
        if (depth > 6) {
            return null;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (resolved.has(combinator)) {
                return value(document, resolved.path(combinator).path(0), name, known, leaf, depth + 1);
            }
        }
        String type = type(resolved);
        if (type.equals("object") || resolved.has("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property :
                    resolved.path("properties").properties()) {
                String field = property.getKey();
                object.put(
                        field,
                        known.containsKey(field)
                                ? numberOrText(known.get(field))
                                : value(document, property.getValue(), field, known, leaf, depth + 1));
            }
            if (resolved.path("additionalProperties").isObject()) {
                object.put("k", value(document, resolved.path("additionalProperties"), "k", known, leaf, depth + 1));
            }
            return object;
        }
        if (type.equals("array")) {
            List<Object> array = new ArrayList<>();
            array.add(value(document, resolved.path("items"), name, known, leaf, depth + 1));
            return array;
        }
        return leaf.apply(name, resolved);
    }

    private Object plausibleValue(String name, JsonNode schema) {
        return switch (type(schema)) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            default -> plausible(name, schema);
        };
    }

    private Object wrongValue(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> List.of("abc", true, Map.of("a", 1)).get(random.nextInt(3));
            case "boolean" -> List.of("maybe", 2, List.of()).get(random.nextInt(3));
            default ->
                List.of(123, false, Map.of("a", List.of(1)), List.of("x")).get(random.nextInt(4));
        };
    }

    private static Object hugeValue(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> new BigInteger("9".repeat(400));
            case "boolean" -> true;
            default -> HUGE_TEXT;
        };
    }

    private Object extremeValue(JsonNode schema) {
        return switch (type(schema)) {
            case "integer" ->
                List.of(new BigInteger("99999999999999999999"), -1, 0, Long.MIN_VALUE, Integer.MAX_VALUE)
                        .get(random.nextInt(5));
            case "number" ->
                List.of(1e308, -1e308, -0.0, new BigInteger("9".repeat(30))).get(random.nextInt(4));
            case "boolean" -> false;
            default -> {
                String format = schema.path("format").asString("");
                if (format.equals("date")) {
                    yield random.nextBoolean() ? "+999999999-12-31" : "-999999999-01-01";
                }
                if (format.equals("date-time")) {
                    yield "+999999999-12-31T23:59:59.999999999Z";
                }
                yield List.of("", " ", "\u0000", "\ud800", "'; drop table office; --", "<script>x</script>", "%s%n")
                        .get(random.nextInt(7));
            }
        };
    }

    private static Object numberOrText(String value) {
        return value.matches("\\d+") ? (Object) Long.parseLong(value) : value;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < 5 && resolved.has("$ref"); i++) {
            resolved = document.at(resolved.path("$ref").asString().substring(1));
        }
        return resolved;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        return type.asString("string");
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(
                            method.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            method.getValue(),
                            path.getValue().path("parameters")));
                }
            }
        }
        operations.sort(Comparator.comparing((Operation o) -> o.path).thenComparing(o -> o.method));
        return operations;
    }

    private String get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String signIn(Fixtures.TestOffice office, Role role) {
        MotcuaClient client = role.isDevice()
                ? fixtures.device(office.id(), role, role == Role.RATING_TABLET ? office.counter(0) : null)
                : fixtures.staff(office.id(), role);
        return client.token().token();
    }

    private static String subjectId(MotcuaClient client) {
        String subject = client.token().subject();
        return subject.substring(subject.indexOf(':') + 1);
    }

    private record Operation(String method, String path, JsonNode spec, JsonNode pathLevelParameters) {

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode parameters : List.of(pathLevelParameters, spec.path("parameters"))) {
                for (JsonNode parameter : parameters) {
                    if (parameter.path("in").asString().equals(in)) {
                        found.add(parameter);
                    }
                }
            }
            return found;
        }

        String contentType() {
            JsonNode content = spec.path("requestBody").path("content");
            return content.isObject() && !content.isEmpty()
                    ? content.propertyNames().iterator().next()
                    : null;
        }

        JsonNode bodySchema() {
            return spec.path("requestBody").path("content").path(contentType()).path("schema");
        }
    }

    private record Call(Principal principal, Input input) {}

    /** A request's variable parts; {@code headers} replace the usual ones, the principal's token among them. */
    private record Input(
            String label,
            Map<String, String> path,
            String query,
            String contentType,
            String body,
            Map<String, String> headers) {

        Input with(String label, Map<String, String> path, String query) {
            return new Input(label, path, query == null ? this.query : query, contentType, body, headers);
        }

        Input withQuery(String label, String query) {
            return new Input(label, path, query, contentType, body, headers);
        }

        Input withBody(String label, String contentType, String body) {
            return new Input(label, path, query, contentType, body, headers);
        }

        Input withHeader(String label, String name, String value) {
            return new Input(label, path, query, contentType, body, Map.of(name, value));
        }
    }

    /** Nobody or a signed-in role of the test's office, signed in again once an operation revoked the token. */
    private final class Principal {

        private final String name;
        private final Supplier<String> signIn;
        private String token;
        private volatile boolean revoked;

        Principal(String name, Supplier<String> signIn) {
            this.name = name;
            this.signIn = signIn;
            this.token = signIn.get();
        }

        String token() {
            return token;
        }

        /** A 401 may also be a refused sign-in: only a token the server no longer takes is replaced. */
        void renewIfRevoked() throws Exception {
            if (revoked) {
                HttpResponse<Void> probe = http.send(
                        HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + "/api/v1/offices"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (probe.statusCode() == 401) {
                    token = signIn.get();
                }
                revoked = false;
            }
        }
    }
}
