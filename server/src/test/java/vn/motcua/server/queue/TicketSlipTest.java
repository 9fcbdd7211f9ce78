package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.shared.PublicAddress;

@IntegrationTest
class TicketSlipTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void a_kiosk_gets_the_slip_as_a_pdf_with_the_number_and_the_place_in_the_queue() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();

        HttpResponse<byte[]> pdf = get("/api/v1/offices/" + office.id() + "/tickets/" + id + "/slip.pdf", kiosk);

        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf.body()));
        assertThat(text).contains("A002").contains("Lĩnh vực A").contains("1");
    }

    @Test
    void the_slip_names_the_priority_group_chosen_and_addresses_the_citizen_as_ong_ba_in_both_languages()
            throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(0), PriorityGroup.ELDERLY)
                .ticket()
                .id();
        String slip = "/api/v1/offices/" + office.id() + "/tickets/" + id + "/slip.pdf";

        String vietnamese =
                new PDFTextStripper().getText(Loader.loadPDF(get(slip, kiosk).body()));
        String english = new PDFTextStripper()
                .getText(Loader.loadPDF(get(slip + "?lang=en", kiosk).body()));

        assertThat(vietnamese)
                .contains("Đối tượng ưu tiên: Người cao tuổi", "Số người đang chờ trước Ông/Bà")
                .doesNotContain("bạn");
        assertThat(english).contains("Priority: Elderly person");
    }

    @Test
    void a_display_board_may_not_print_slips() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();

        assertThat(get("/api/v1/offices/" + office.id() + "/tickets/" + id + "/slip.pdf", display)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_public_ticket_page_shows_the_place_without_signing_in_and_hides_unknown_tickets() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(1), null);
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(1), null)
                .ticket()
                .id();

        HttpResponse<byte[]> page = get("/t/" + office.id() + "/" + id, null);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(html)
                .contains("B002")
                .contains("Số người đang chờ trước Ông/Bà: 1")
                .contains("?lang=en")
                .contains("href='/cong-khai/" + office.id() + "/phan-anh?about=B002&amp;lang=vi'")
                .doesNotContain("http-equiv=refresh");
        assertThat(get("/t/" + office.id() + "/" + java.util.UUID.randomUUID(), null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/t/" + office.id() + "/%3Cscript%3E", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_public_ticket_page_follows_the_queue_from_its_json_without_reloading() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        kiosk.queue().issueTicket(office.id(), office.area(1), null);
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(1), null)
                .ticket()
                .id();
        String place = "/t/" + office.id() + "/" + id + "/place";

        String before = new String(get(place + "?lang=en", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        clerk.queue().callNext(office.id(), office.counter(1));
        String after = new String(get(place + "?lang=en", null).body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(before).contains("People waiting before you: 1");
        assertThat(after).contains("People waiting before you: 0");
        assertThat(get("/t/ticket-page.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void an_english_slip_links_to_the_english_ticket_page_and_a_vietnamese_one_to_the_vietnamese() {
        PublicLinks links = new PublicLinks(new PublicAddress("https://motcua.example.vn/"));

        assertThat(links.ticket(7, "t-1", java.util.Locale.ENGLISH))
                .isEqualTo("https://motcua.example.vn/t/7/t-1?lang=en");
        assertThat(links.ticket(7, "t-1", java.util.Locale.of("vi"))).isEqualTo("https://motcua.example.vn/t/7/t-1");
    }

    private HttpResponse<byte[]> get(String path, MotcuaClient as) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path));
        if (as != null) {
            request.header("Authorization", "Bearer " + as.token().token());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
