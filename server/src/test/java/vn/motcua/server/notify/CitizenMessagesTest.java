package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.TestStores;
import vn.motcua.server.appointment.AppointmentReminderDue;
import vn.motcua.server.dossier.DossierTestKit;
import vn.motcua.server.phone.PhoneCodeSent;
import vn.motcua.server.phone.PhoneTurnNear;

/**
 * A citizen's messages from the dossier's news to the provider: SMS to an SMSC started here (jSMPP's server side),
 * ZNS to a local HTTP endpoint that checks the call as Zalo documents it. Email is not configured in this context, so
 * email messages stay in the outbox where their text is read.
 */
@IntegrationTest
class CitizenMessagesTest {

    private static final String BRANDNAME = "HCC PHU THO";
    private static final String ZNS_TOKEN = "zns-oa-access-token-for-tests";
    private static final String RESULT_READY_TEMPLATE_ID = "301122";
    private static final String SUPPLEMENT_TEMPLATE_ID = "301123";
    private static final TestSmsc smsc = new TestSmsc(TestStores.freePort(), "motcua-hcc", "hcc-2026");
    private static final ConcurrentLinkedQueue<ZnsCall> znsCalls = new ConcurrentLinkedQueue<>();
    private static volatile Function<ZnsCall, String> znsAnswer;
    private static final HttpServer zns = zns();

    /** One request to the ZNS endpoint as it arrived. */
    record ZnsCall(String method, String path, String accessToken, String contentType, String body) {}

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) throws IOException {
        smsc.start();
        registry.add("motcua.notify.sms.host", () -> "127.0.0.1");
        registry.add("motcua.notify.sms.port", smsc::port);
        registry.add("motcua.notify.sms.system-id", () -> "motcua-hcc");
        registry.add("motcua.notify.sms.password", () -> "hcc-2026");
        registry.add("motcua.notify.sms.source-address", () -> BRANDNAME);
        registry.add("motcua.notify.sms.timeout", () -> "3s");
        registry.add(
                "motcua.notify.zalo.url",
                () -> "http://127.0.0.1:" + zns.getAddress().getPort());
        registry.add("motcua.notify.zalo.access-token", () -> ZNS_TOKEN);
        registry.add("motcua.notify.zalo.templates.dossier-result-ready", () -> RESULT_READY_TEMPLATE_ID);
        registry.add("motcua.notify.zalo.templates.dossier-supplement-requested", () -> SUPPLEMENT_TEMPLATE_ID);
        // the test sends when it wants to, not on the schedule
        registry.add("motcua.notify.dispatch-interval", () -> "1h");
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    Clock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    Notifications notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    DossierTestKit office;
    /** Each test's own citizen: the SMSC and the ZNS endpoint are shared, so each looks only at its own number. */
    String phone;

    String international;

    @BeforeEach
    void registerOnMonday() {
        office = new DossierTestKit(fixtures, jdbc);
        phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        international = "84" + phone.substring(1);
        znsAnswer = call -> """
                {"error":0,"message":"Success","data":{"msg_id":"zns-%s","sent_time":"1780279200000",\
                "quota":{"dailyQuota":"500","remainingQuota":"499"}}}""".formatted(call.body().hashCode());
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @AfterAll
    static void stopProviders() throws IOException {
        smsc.stop();
        zns.stop(0);
    }

    @Test
    void a_citizen_who_chose_SMS_gets_one_SMS_in_Vietnamese_when_the_result_is_ready() {
        DossierView dossier = register(List.of(NotificationChannel.SMS), "vi");

        resolve(dossier);
        dispatchEveryDueMessage();

        List<TestSmsc.Submitted> sms = smsc.acceptedFor(international);
        assertThat(sms).singleElement().satisfies(s -> {
            assertThat(s.text())
                    .isEqualTo("Hồ sơ " + dossier.code() + " đã có kết quả tại " + officeName() + ". Tra cứu: "
                            + dossier.lookupUrl());
            assertThat(s.destinationTon()).as("international number").isEqualTo((byte) 1);
            assertThat(s.source()).isEqualTo(BRANDNAME);
            assertThat(s.sourceTon()).as("alphanumeric brandname").isEqualTo((byte) 5);
            assertThat(s.dataCoding()).as("UCS-2, diacritics kept").isEqualTo((byte) 8);
        });
        assertThat(record(NotificationChannel.SMS, dossier.code()))
                .containsEntry("attempts", 1)
                .containsEntry("provider_id", sms.getFirst().messageId())
                .containsEntry("delivered", true);

        dispatchEveryDueMessage();
        assertThat(smsc.acceptedFor(international)).as("sent once").hasSize(1);
    }

    @Test
    void an_SMS_the_SMSC_refused_once_goes_on_the_next_attempt_a_minute_later_and_only_once() {
        DossierView dossier = register(List.of(NotificationChannel.SMS), "en");
        smsc.refuseNext(1);
        int refusedBefore = smsc.refused();

        resolve(dossier);
        dispatchEveryDueMessage();

        assertThat(smsc.refused() - refusedBefore).isEqualTo(1);
        assertThat(smsc.acceptedFor(international)).isEmpty();
        assertThat(record(NotificationChannel.SMS, dossier.code()))
                .containsEntry("attempts", 1)
                .containsEntry("delivered", false)
                .containsEntry("next_attempt_at", Timestamp.from(clock.instant().plus(Duration.ofMinutes(1))));
        assertThat((String) record(NotificationChannel.SMS, dossier.code()).get("last_error"))
                .contains("SMSC refused");

        dispatchEveryDueMessage();
        assertThat(smsc.acceptedFor(international))
                .as("not before its next attempt")
                .isEmpty();

        TestClock.advance(Duration.ofMinutes(1));
        dispatchEveryDueMessage();
        dispatchEveryDueMessage();

        assertThat(smsc.acceptedFor(international))
                .singleElement()
                .satisfies(s -> assertThat(s.text())
                        .isEqualTo("Your dossier " + dossier.code() + " has its result at " + officeName()
                                + ". Track it: " + dossier.lookupUrl() + "&lang=en"));
        assertThat(record(NotificationChannel.SMS, dossier.code()))
                .containsEntry("attempts", 2)
                .containsEntry("delivered", true);
    }

    @Test
    void an_SMS_waits_while_the_SMSC_is_down_and_goes_once_when_it_is_back() throws IOException {
        DossierView dossier = register(List.of(NotificationChannel.SMS), "vi");
        smsc.stop();
        try {
            resolve(dossier);
            dispatchEveryDueMessage();
        } finally {
            smsc.start();
        }
        assertThat(record(NotificationChannel.SMS, dossier.code()))
                .containsEntry("attempts", 1)
                .containsEntry("delivered", false);
        assertThat((String) record(NotificationChannel.SMS, dossier.code()).get("last_error"))
                .contains("unreachable");

        TestClock.advance(Duration.ofMinutes(1));
        dispatchEveryDueMessage();
        dispatchEveryDueMessage();

        assertThat(smsc.acceptedFor(international)).hasSize(1);
        assertThat(record(NotificationChannel.SMS, dossier.code()))
                .containsEntry("attempts", 2)
                .containsEntry("delivered", true);
    }

    @Test
    void a_message_worthless_late_is_given_up_unsent_once_its_moment_has_passed() {
        String reference = "turn-" + UUID.randomUUID();
        smsc.refuseNext(1);
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("code", "A042");
        params.put("office", "Bộ phận Một cửa");
        params.put("link", "http://localhost:8080/t/1/x");
        notifications.send(new Notification(
                office.id(),
                reference,
                DossierMessages.RESULT_READY,
                new Notification.Recipient(phone, null, List.of(NotificationChannel.SMS)),
                Locale.forLanguageTag("vi"),
                params,
                clock.instant(),
                clock.instant().plus(Duration.ofSeconds(90))));

        dispatchEveryDueMessage();
        TestClock.advance(Duration.ofMinutes(2));
        dispatchEveryDueMessage();

        assertThat(smsc.acceptedFor(international)).isEmpty();
        assertThat(jdbc.sql("select attempts, last_error, failed_at from message_outbox where reference = ?")
                        .param(reference)
                        .query()
                        .singleRow())
                .containsEntry("attempts", 1)
                .containsEntry("last_error", "expired before it could be sent")
                .containsEntry("failed_at", Timestamp.from(clock.instant()));
    }

    @Test
    void an_SMS_refused_on_its_last_attempt_is_recorded_as_given_up_and_never_tried_again() {
        DossierView dossier = register(List.of(NotificationChannel.SMS), "vi");
        resolve(dossier);
        jdbc.sql("update message_outbox set attempts = ? where channel = 'SMS' and reference like ?")
                .params(OutboxRetry.MAX_ATTEMPTS - 1, dossier.code() + "%")
                .update();
        smsc.refuseNext(1);

        dispatchEveryDueMessage();
        TestClock.advance(Duration.ofDays(3));
        dispatchEveryDueMessage();

        assertThat(smsc.acceptedFor(international)).isEmpty();
        assertThat(jdbc.sql("select attempts, failed_at is not null as given_up from message_outbox"
                                + " where channel = 'SMS' and reference like ?")
                        .param(dossier.code() + "%")
                        .query()
                        .singleRow())
                .containsEntry("attempts", OutboxRetry.MAX_ATTEMPTS)
                .containsEntry("given_up", true);
    }

    @Test
    void a_citizen_who_chose_Zalo_gets_the_ZNS_template_with_the_documented_call_when_papers_are_missing() {
        DossierView dossier = register(List.of(NotificationChannel.ZALO), "vi");

        requestSupplement(dossier);
        dispatchEveryDueMessage();

        List<ZnsCall> calls = callsFor(international);
        assertThat(calls).hasSize(1);
        ZnsCall call = calls.getFirst();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/message/template");
        assertThat(call.accessToken()).isEqualTo(ZNS_TOKEN);
        assertThat(call.contentType()).startsWith("application/json");
        JsonNode body = json.readTree(call.body());
        assertThat(body.propertyNames()).containsExactly("phone", "template_id", "template_data", "tracking_id");
        assertThat(body.path("phone").asString()).isEqualTo(international);
        assertThat(body.path("template_id").asString()).isEqualTo(SUPPLEMENT_TEMPLATE_ID);
        assertThat(json.convertValue(body.path("template_data"), Map.class))
                .containsOnly(
                        Map.entry("code", dossier.code()),
                        Map.entry("office", officeName()),
                        Map.entry("link", dossier.lookupUrl()));
        Map<String, Object> record = record(NotificationChannel.ZALO, dossier.code());
        assertThat(body.path("tracking_id").asString()).isEqualTo("motcua-" + record.get("id"));
        assertThat(record)
                .containsEntry("delivered", true)
                .containsEntry("provider_id", "zns-" + call.body().hashCode());

        dispatchEveryDueMessage();
        assertThat(callsFor(international)).as("sent once").hasSize(1);
    }

    @Test
    void a_ZNS_refusal_is_recorded_with_its_error_and_the_message_goes_on_a_later_attempt() {
        DossierView dossier = register(List.of(NotificationChannel.ZALO), "vi");
        znsAnswer = call -> "{\"error\":-124,\"message\":\"Access token is invalid\"}";

        resolve(dossier);
        dispatchEveryDueMessage();

        assertThat(callsFor(international)).hasSize(1);
        Map<String, Object> failed = record(NotificationChannel.ZALO, dossier.code());
        assertThat(failed).containsEntry("attempts", 1).containsEntry("delivered", false);
        assertThat((String) failed.get("last_error")).contains("-124", "Access token is invalid");

        znsAnswer = call -> "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zns-later\"}}";
        TestClock.advance(Duration.ofMinutes(1));
        dispatchEveryDueMessage();
        dispatchEveryDueMessage();

        assertThat(callsFor(international)).hasSize(2);
        assertThat(json.readTree(callsFor(international).get(1).body())
                        .path("template_id")
                        .asString())
                .isEqualTo(RESULT_READY_TEMPLATE_ID);
        assertThat(record(NotificationChannel.ZALO, dossier.code()))
                .containsEntry("attempts", 2)
                .containsEntry("provider_id", "zns-later")
                .containsEntry("delivered", true);
    }

    @Test
    void a_citizen_who_chose_nothing_gets_no_message_although_they_left_a_phone_and_an_email() {
        DossierView dossier = register(List.of(), "vi");

        office.clerk.dossiers().apologize(office.id(), dossier.code(), DossierTestKit.APOLOGY);
        requestSupplement(dossier);
        resolveFromSupplement(dossier);
        dispatchEveryDueMessage();

        assertThat(jdbc.sql("select count(*) from message_outbox where reference like ? and kind like 'dossier-%'")
                        .param(dossier.code() + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(smsc.acceptedFor(international)).isEmpty();
        assertThat(callsFor(international)).isEmpty();
    }

    @Test
    void a_channel_chosen_without_the_address_it_needs_is_refused_naming_the_field() {
        assertThatThrownBy(() -> register(applicant(null, "hoa@example.vn", List.of(NotificationChannel.SMS), "vi")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("applicant.phone"));
        assertThatThrownBy(() -> register(applicant("024 3825 1234", null, List.of(NotificationChannel.ZALO), "vi")))
                .as("a landline gets no SMS or Zalo")
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("applicant.phone"));
        assertThatThrownBy(() -> register(applicant(phone, null, List.of(NotificationChannel.EMAIL), "vi")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("applicant.email"));
        assertThatThrownBy(() -> register(applicant(phone, null, List.of(NotificationChannel.SMS), "fr")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("applicant.notifyLanguage"));
    }

    @Test
    void the_email_is_written_in_the_language_the_citizen_chose() {
        DossierView vietnamese = register(
                applicant(phone, "nguoi-nop-" + phone + "@example.vn", List.of(NotificationChannel.EMAIL), "vi"));
        DossierView english = register(
                applicant(phone, "applicant-" + phone + "@example.vn", List.of(NotificationChannel.EMAIL), "en"));

        resolve(vietnamese);
        resolve(english);

        Map<String, Object> vi = record(NotificationChannel.EMAIL, vietnamese.code());
        assertThat(vi.get("recipient")).isEqualTo("nguoi-nop-" + phone + "@example.vn");
        assertThat(vi.get("subject")).isEqualTo("Hồ sơ " + vietnamese.code() + " đã có kết quả");
        assertThat((String) vi.get("body"))
                .startsWith("Hồ sơ " + vietnamese.code() + " của Ông/Bà đã có kết quả tại " + officeName() + ".")
                .contains(vietnamese.lookupUrl());
        Map<String, Object> en = record(NotificationChannel.EMAIL, english.code());
        assertThat(en.get("subject")).isEqualTo("The result of your dossier " + english.code() + " is ready");
        assertThat((String) en.get("body"))
                .startsWith("The result of your dossier " + english.code() + " is ready at " + officeName() + ".")
                .contains(english.lookupUrl() + "&lang=en");
        assertThat(english.applicant().notifyBy()).containsExactly(NotificationChannel.EMAIL);
        assertThat(english.applicant().notifyLanguage()).isEqualTo("en");
    }

    private DossierApplicant applicant(
            String phone, String email, List<NotificationChannel> notifyBy, String language) {
        return new DossierApplicant(
                "Nguyễn Thị Hoàng Phương Thảo",
                "001190012345",
                "Số 128 đường Nguyễn Tất Thành, phường Nông Trang, thành phố Việt Trì, tỉnh Phú Thọ",
                phone,
                email,
                notifyBy,
                language);
    }

    private DossierView register(List<NotificationChannel> notifyBy, String language) {
        return register(applicant(phone, "nguoi-nop-" + phone + "@example.vn", notifyBy, language));
    }

    private DossierView register(DossierApplicant applicant) {
        DossierRequest request = DossierTestKit.dossier(office.procedure(2));
        return office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                request.procedureId(), applicant, request.documents(), request.delivery(), null));
    }

    private void resolve(DossierView dossier) {
        TestClock.advance(Duration.ofHours(1));
        office.clerk
                .dossiers()
                .changeDossierStatus(
                        office.id(), dossier.code(), new DossierStatusChange(DossierStatus.RESOLVED, "Đã ký kết quả"));
    }

    private void resolveFromSupplement(DossierView dossier) {
        TestClock.advance(Duration.ofHours(1));
        office.clerk
                .dossiers()
                .changeDossierStatus(
                        office.id(),
                        dossier.code(),
                        new DossierStatusChange(DossierStatus.PROCESSING, "Đã nhận giấy tờ bổ sung"));
        resolve(dossier);
    }

    private void requestSupplement(DossierView dossier) {
        TestClock.advance(Duration.ofHours(1));
        office.clerk
                .dossiers()
                .requestSupplement(
                        office.id(),
                        dossier.code(),
                        new DossierSupplementRequest(
                                List.of("Bản sao giấy khai sinh có chứng thực"), "Thiếu giấy khai sinh", null));
    }

    private String officeName() {
        return jdbc.sql("select name from office where id = ?")
                .param(office.id())
                .query(String.class)
                .single();
    }

    /** The delivery record of the dossier's one message on the channel. */
    private Map<String, Object> record(NotificationChannel channel, String code) {
        return jdbc.sql("""
                        select id, attempts, recipient, subject, body, provider_id, last_error, next_attempt_at,
                               sent_at is not null as delivered
                        from message_outbox where channel = ? and reference like ? and kind like 'dossier-%'""").params(channel.name(), code + "%").query().singleRow();
    }

    private List<ZnsCall> callsFor(String phone) {
        return znsCalls.stream()
                .filter(c -> c.body().contains("\"" + phone + "\""))
                .toList();
    }

    /** Other tests' messages share the outbox and a dispatch sends a batch, oldest first: dispatch until none is due. */
    @Test
    void a_bookings_reminder_goes_once_by_SMS_to_the_number_given_for_it_in_the_bookings_language() {
        String code = "LH-" + phone.substring(2, 6) + "-" + phone.substring(6);
        AppointmentReminderDue due = new AppointmentReminderDue(
                office.id(),
                officeName(),
                "Lĩnh vực A",
                code,
                LocalDateTime.parse("2026-06-02T09:15"),
                "Nguyễn Thị Minh Khai Hoàng Phương",
                phone,
                "en",
                "https://motcua.example.gov.vn/cong-khai/" + office.id() + "/dat-lich/" + code + "?lang=en");

        // the job publishes each reminder once; were it published twice, the citizen still gets one
        transactions.executeWithoutResult(status -> {
            events.publishEvent(due);
            events.publishEvent(due);
        });
        dispatchEveryDueMessage();

        assertThat(smsc.acceptedFor(international))
                .singleElement()
                .satisfies(s -> assertThat(s.text())
                        .isEqualTo("Reminder: appointment " + code + " at 09:15 02/06/2026 at " + officeName()
                                + ". Please come on time and scan the code at the ticket kiosk. View or cancel: "
                                + due.page()));
        // worthless once the booked time (09:15 in Hà Nội) has passed
        assertThat(jdbc.sql(
                                "select expires_at from message_outbox where reference = ? and kind = 'appointment-reminder'")
                        .param(code)
                        .query(Instant.class)
                        .single())
                .isEqualTo(Instant.parse("2026-06-02T02:15:00Z"));
    }

    @Test
    void a_phone_tickets_code_and_its_turn_near_go_by_SMS_to_the_number_typed_in_the_pages_language() {
        String request = UUID.randomUUID().toString();
        String ticket = UUID.randomUUID().toString();
        String page = "https://motcua.example.gov.vn/t/" + office.id() + "/" + ticket + "?lang=en";
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PhoneCodeSent(
                    office.id(),
                    officeName(),
                    request,
                    phone,
                    "046213",
                    5,
                    "vi",
                    Instant.parse("2026-06-01T02:05:00Z")));
            events.publishEvent(new PhoneTurnNear(
                    office.id(),
                    officeName(),
                    ticket,
                    "B017",
                    3,
                    phone,
                    "en",
                    page,
                    Instant.parse("2026-06-01T17:00:00Z")));
        });
        dispatchEveryDueMessage();

        assertThat(smsc.acceptedFor(international))
                .extracting(TestSmsc.Submitted::text)
                .containsExactlyInAnyOrder(
                        "Mã xác nhận lấy số tại " + officeName()
                                + ": 046213. Mã có hiệu lực 5 phút. Không đưa mã này cho người khác.",
                        "Your turn is near: ticket B017 at " + officeName()
                                + ", 3 people ahead. Please come to the counters. Follow it: " + page);
        assertThat(jdbc.sql("select expires_at from message_outbox where reference = ? and kind = 'phone-code'")
                        .param(request)
                        .query(Instant.class)
                        .single())
                .as("worthless once the code expired")
                .isEqualTo(Instant.parse("2026-06-01T02:05:00Z"));
    }

    private void dispatchEveryDueMessage() {
        for (int round = 0; round < 20 && dueMessages() > 0; round++) {
            dispatcher.dispatch();
        }
        assertThat(dueMessages()).as("messages still due after 20 dispatches").isZero();
    }

    private int dueMessages() {
        return jdbc.sql("""
                        select count(*) from message_outbox where channel in ('SMS', 'ZALO') and sent_at is null
                          and failed_at is null and next_attempt_at <= ? and attempts < ?""")
                .params(Timestamp.from(clock.instant()), OutboxRetry.MAX_ATTEMPTS)
                .query(Integer.class)
                .single();
    }

    private static HttpServer zns() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", CitizenMessagesTest::answerZns);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answerZns(HttpExchange exchange) throws IOException {
        ZnsCall call = new ZnsCall(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("access_token"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        znsCalls.add(call);
        byte[] answer = znsAnswer.apply(call).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
