package vn.motcua.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.FeedbackAnswer;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * Feedback from the public page, a kiosk and a counter to the head's answer and back to the citizen, over HTTP as a
 * phone, a kiosk and the counter app send it. Each test files from an address of its own (X-Forwarded-For, which the
 * tests' server trusts from loopback as the deploy files' nginx) so the per-address bound of one does not reach another.
 */
@IntegrationTest
class FeedbackTest {

    /** A Monday in June 2026 with no holiday in the next three weeks: 10 working days later is Monday 15/06. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-06-01T02:00:00Z");

    /** As long as the form takes: 2,000 characters. */
    private static final String LONGEST_COMPLAINT =
            "Tôi chờ hơn hai giờ mà không được gọi số, ".repeat(48).substring(0, 1999) + ".";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private Fixtures.TestOffice office;
    private String headToken;
    private long headId;

    @BeforeEach
    void anOfficeWithAHeadWhoHasAnAddress() {
        TestClock.pin(MONDAY_MORNING);
        office = fixtures.office();
        var head = fixtures.staff(office.id(), Role.HEAD);
        headToken = head.token().token();
        headId = Long.parseLong(head.token().subject().substring("staff:".length()));
        jdbc.sql("update staff set email = ? where id = ?")
                .params("truong.phong@motcua.example", headId)
                .update();
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void a_citizen_files_on_the_public_page_follows_it_by_reference_and_reads_the_heads_answer() throws Exception {
        String address = address();
        HttpResponse<String> filed = postForm(
                "/cong-khai/" + office.id() + "/phan-anh",
                form(
                        "category",
                        "WAITING",
                        "content",
                        LONGEST_COMPLAINT,
                        "contactName",
                        "Nguyễn Thị Minh Khai",
                        "email",
                        "minh.khai@example.vn",
                        "publishConsent",
                        "on",
                        "subject",
                        "A-015"),
                address);

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        assertThat(filed.body()).contains("Hạn trả lời: ngày 15/06/2026.");
        String reference = reference(filed.body());
        HttpResponse<String> waiting = get("/cong-khai/" + office.id() + "/phan-anh/" + reference, null);
        assertThat(waiting.body())
                .contains(reference)
                .contains("Hạn trả lời: ngày 15/06/2026.")
                .doesNotContain("Nguyễn Thị Minh Khai")
                .doesNotContain("minh.khai@example.vn");

        JsonNode open = json.readTree(
                get("/api/v1/offices/" + office.id() + "/feedback", headToken).body());
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(open.get(0).get("channel").asString()).isEqualTo("WEB");
        assertThat(open.get(0).get("content").asString()).isEqualTo(LONGEST_COMPLAINT);
        assertThat(open.get(0).get("subject").asString()).isEqualTo("A-015");
        assertThat(open.get(0).get("answerDueOn").asString()).isEqualTo("2026-06-15");
        assertThat(lettersOf(reference)).containsEntry("FEEDBACK_FILED", "truong.phong@motcua.example");

        TestClock.pin(Instant.parse("2026-06-01T08:00:00Z"));
        HttpResponse<String> answered = postJson(
                "/api/v1/offices/" + office.id() + "/feedback/"
                        + open.get(0).get("id").asLong() + "/answer",
                "{\"answer\":\"Đơn vị xin lỗi Ông/Bà và đã bổ sung một quầy vào buổi sáng.\",\"publish\":true}",
                headToken);
        assertThat(answered.statusCode()).isEqualTo(200);

        HttpResponse<String> followed = get("/cong-khai/" + office.id() + "/phan-anh/" + reference.toLowerCase(), null);
        assertThat(followed.body())
                .contains("Đơn vị xin lỗi Ông/Bà và đã bổ sung một quầy vào buổi sáng.")
                .contains("Trả lời ngày 01/06/2026");
        assertThat(lettersOf(reference)).containsEntry("FEEDBACK_ANSWERED", "minh.khai@example.vn");
        assertThat(get("/cong-khai/" + office.id() + "/phan-anh", null).body())
                .contains("Đơn vị xin lỗi Ông/Bà")
                .doesNotContain("Nguyễn Thị Minh Khai")
                .doesNotContain("minh.khai@example.vn");
        assertThat(json.readTree(get("/api/v1/offices/" + office.id() + "/feedback", headToken)
                        .body()))
                .isEmpty();
    }

    @Test
    void an_answer_is_published_only_where_the_citizen_agreed_even_when_the_head_asks() throws Exception {
        String reference = fileByApi(Map.of(
                "category", "STAFF_CONDUCT", "content", "Cán bộ quầy 3 nói chuyện riêng.", "publishConsent", false));
        long id = idOf(reference);

        postJson(
                "/api/v1/offices/" + office.id() + "/feedback/" + id + "/answer",
                "{\"answer\":\"Đã nhắc nhở cán bộ.\",\"publish\":true}",
                headToken);

        assertThat(get("/cong-khai/" + office.id() + "/phan-anh", null).body())
                .doesNotContain("Cán bộ quầy 3")
                .doesNotContain("Đã nhắc nhở cán bộ.");
        assertThat(get("/cong-khai/" + office.id() + "/phan-anh/" + reference, null)
                        .body())
                .contains("Đã nhắc nhở cán bộ.");
    }

    @Test
    void a_second_answer_is_refused_and_the_first_one_stands() throws Exception {
        long id = idOf(fileByApi(Map.of("category", "OTHER", "content", "Không có chỗ để xe máy.")));
        String path = "/api/v1/offices/" + office.id() + "/feedback/" + id + "/answer";

        assertThat(postJson(path, "{\"answer\":\"Đã bố trí thêm chỗ.\",\"publish\":false}", headToken)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = postJson(path, "{\"answer\":\"Khác.\",\"publish\":false}", headToken);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ALREADY_ANSWERED");
        assertThat(json.readTree(get("/api/v1/offices/" + office.id() + "/feedback?state=ANSWERED", headToken)
                                .body())
                        .get(0)
                        .get("answer")
                        .asString())
                .isEqualTo("Đã bố trí thêm chỗ.");
    }

    @Test
    void a_kiosk_files_as_the_kiosk_channel_and_a_clerk_as_the_counter_but_neither_reads_or_answers() throws Exception {
        String kiosk = fixtures.device(office.id(), Role.KIOSK, null).token().token();
        String clerk = fixtures.staff(office.id(), Role.CLERK).token().token();
        String body = "{\"category\":\"PROCEDURE\",\"content\":\"Mẫu tờ khai khó hiểu quá.\",\"publishConsent\":false}";

        assertThat(postJson("/api/v1/offices/" + office.id() + "/feedback", body, kiosk)
                        .statusCode())
                .isEqualTo(201);
        assertThat(postJson("/api/v1/offices/" + office.id() + "/feedback", body, clerk)
                        .statusCode())
                .isEqualTo(201);

        JsonNode open = json.readTree(
                get("/api/v1/offices/" + office.id() + "/feedback", headToken).body());
        assertThat(open).extracting(f -> f.get("channel").asString()).containsExactlyInAnyOrder("KIOSK", "COUNTER");
        long id = open.get(0).get("id").asLong();
        assertThat(get("/api/v1/offices/" + office.id() + "/feedback", clerk).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/offices/" + office.id() + "/feedback", kiosk).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/offices/" + office.id() + "/feedback", null).statusCode())
                .isEqualTo(401);
        String answer = "{\"answer\":\"Đã sửa mẫu.\",\"publish\":false}";
        assertThat(postJson("/api/v1/offices/" + office.id() + "/feedback/" + id + "/answer", answer, clerk)
                        .statusCode())
                .isEqualTo(403);
        assertThat(postJson("/api/v1/offices/" + office.id() + "/feedback", body, null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void the_typed_client_files_at_a_kiosk_lists_answers_and_follows_with_the_servers_own_records() {
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);

        FeedbackStatus filed = kiosk.feedback()
                .fileFeedback(
                        office.id(),
                        new FeedbackRequest(
                                FeedbackCategory.WAITING,
                                LONGEST_COMPLAINT,
                                null,
                                "0912 345 678",
                                null,
                                true,
                                "B-042"));
        FeedbackView open =
                head.feedback().feedback(office.id(), FeedbackState.OPEN).getFirst();
        FeedbackView answered = head.feedback()
                .answerFeedback(office.id(), open.id(), new FeedbackAnswer("Đơn vị đã mở thêm quầy.", true));

        assertThat(filed.answerDueOn()).hasToString("2026-06-15");
        assertThat(filed.followUrl()).endsWith("/cong-khai/" + office.id() + "/phan-anh/" + filed.reference());
        assertThat(open.reference()).isEqualTo(filed.reference());
        assertThat(open.channel()).isEqualTo(FeedbackChannel.KIOSK);
        assertThat(open.subject()).isEqualTo("B-042");
        assertThat(answered.answerPublic()).isTrue();
        assertThat(head.feedback().feedback(office.id(), FeedbackState.OPEN)).isEmpty();
        assertThat(head.feedback().feedback(office.id(), FeedbackState.ANSWERED))
                .extracting(FeedbackView::reference)
                .containsExactly(filed.reference());
        assertThat(fixtures.client()
                        .feedback()
                        .followFeedback(office.id(), filed.reference())
                        .answer())
                .isEqualTo("Đơn vị đã mở thêm quầy.");
    }

    @Test
    void the_head_of_another_office_neither_reads_nor_answers_and_sees_no_such_feedback_in_their_own()
            throws Exception {
        long id = idOf(fileByApi(Map.of("category", "OTHER", "content", "Nhà vệ sinh hỏng vòi nước.")));
        var other = fixtures.office();
        String otherHead = fixtures.staff(other.id(), Role.HEAD).token().token();

        assertThat(get("/api/v1/offices/" + office.id() + "/feedback", otherHead)
                        .statusCode())
                .isEqualTo(403);
        assertThat(postJson(
                                "/api/v1/offices/" + office.id() + "/feedback/" + id + "/answer",
                                "{\"answer\":\"x\",\"publish\":false}",
                                otherHead)
                        .statusCode())
                .isEqualTo(403);
        assertThat(postJson(
                                "/api/v1/offices/" + other.id() + "/feedback/" + id + "/answer",
                                "{\"answer\":\"x\",\"publish\":false}",
                                otherHead)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void bad_input_is_400_naming_the_field_on_the_api_and_marked_on_the_page_keeping_what_was_typed() throws Exception {
        HttpResponse<String> tooShort = postJson(
                "/api/v1/public/offices/" + office.id() + "/feedback",
                "{\"category\":\"WAITING\",\"content\":\"Chậm\",\"email\":\"không-phải-thư\"}",
                null,
                address());
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("\"field\":\"content\"").contains("\"field\":\"email\"");
        HttpResponse<String> unknownCategory = postJson(
                "/api/v1/public/offices/" + office.id() + "/feedback",
                "{\"category\":\"BRIBES\",\"content\":\"Nội dung đủ dài để gửi.\"}",
                null,
                address());
        assertThat(unknownCategory.statusCode()).isEqualTo(400);

        HttpResponse<String> page = postForm(
                "/cong-khai/" + office.id() + "/phan-anh",
                form("category", "WAITING", "content", "Chậm", "phone", "12ab", "contactName", "Trần Văn Bình"),
                address());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Vui lòng viết từ 10 đến 2.000 ký tự.")
                .contains("Số điện thoại gồm 8 đến 20 chữ số.")
                .contains("value='Trần Văn Bình'")
                .doesNotContain("Mã phản ánh");
        HttpResponse<String> withNul = postForm(
                "/cong-khai/" + office.id() + "/phan-anh",
                "category=WAITING&content=Ch%E1%BB%9D%00l%C3%A2u%20qu%C3%A1%20r%E1%BB%93i",
                address());
        assertThat(withNul.statusCode()).isEqualTo(400);
        assertThat(withNul.body()).contains("\"field\":\"content\"");
        assertThat(get("/cong-khai/" + office.id() + "/phan-anh/PA-AAAAA-AAAAA", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/cong-khai/khong-co/phan-anh", null).statusCode()).isEqualTo(404);
        assertThat(json.readTree(get("/api/v1/offices/" + office.id() + "/feedback", headToken)
                        .body()))
                .isEmpty();
    }

    @Test
    void one_address_files_a_few_times_a_day_then_waits_and_is_told_so_while_others_still_file() throws Exception {
        String address = address();
        String body = "{\"category\":\"SUGGESTION\",\"content\":\"Nên có thêm ghế chờ cho người già.\"}";
        for (int i = 0; i < FilingThrottle.FREE_PER_ADDRESS; i++) {
            assertThat(postJson("/api/v1/public/offices/" + office.id() + "/feedback", body, null, address)
                            .statusCode())
                    .isEqualTo(201);
        }

        HttpResponse<String> refused =
                postJson("/api/v1/public/offices/" + office.id() + "/feedback", body, null, address);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 60L));
        assertThat(refused.body()).contains("TOO_MANY_FILINGS").contains("1 phút");
        HttpResponse<String> page = postForm(
                "/cong-khai/" + office.id() + "/phan-anh",
                form("category", "WAITING", "content", "Nên có thêm ghế chờ."),
                address);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(postJson("/api/v1/public/offices/" + office.id() + "/feedback", body, null, address())
                        .statusCode())
                .isEqualTo(201);
        assertThat(json.readTree(get("/api/v1/offices/" + office.id() + "/feedback", headToken)
                        .body()))
                .hasSize(FilingThrottle.FREE_PER_ADDRESS + 1);
    }

    @Test
    void the_form_page_posts_only_to_itself_and_fills_in_what_the_ticket_page_links_with() throws Exception {
        HttpResponse<String> page = get("/cong-khai/" + office.id() + "/phan-anh?about=A-042&lang=en", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("form-action 'self'").contains("script-src 'self'"));
        assertThat(page.body())
                .contains("value='A-042'")
                .contains("Feedback and complaints")
                .contains("<label");
        assertThat(get("/cong-khai/" + office.id() + "/hai-long", null)
                        .headers()
                        .firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("form-action 'none'"));
    }

    private String fileByApi(Map<String, Object> fields) throws Exception {
        HttpResponse<String> filed = postJson(
                "/api/v1/public/offices/" + office.id() + "/feedback",
                json.writeValueAsString(fields),
                null,
                address());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return json.readTree(filed.body()).get("reference").asString();
    }

    private long idOf(String reference) {
        return jdbc.sql("select id from feedback where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    private Map<String, String> lettersOf(String reference) {
        return jdbc
                .sql("select kind, recipient from message_outbox where reference = ?")
                .param(reference)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String reference(String page) {
        Matcher m = Pattern.compile("PA-[2-9A-Z]{5}-[2-9A-Z]{5}").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group();
    }

    private static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A documentation address (RFC 5737) of its own for each call. */
    private static String address() {
        int n = (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 65000);
        return "203.0." + (n / 256) + "." + (n % 256);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String body, String address) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String body, String token) throws Exception {
        return postJson(path, body, token, address());
    }

    private HttpResponse<String> postJson(String path, String body, String token, String address) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
