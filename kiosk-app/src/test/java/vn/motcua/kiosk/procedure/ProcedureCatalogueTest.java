package vn.motcua.kiosk.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.kiosk.shared.FakeKioskHost;
import vn.motcua.kiosk.shared.Messages;
import vn.motcua.kiosk.testing.ScreenTest;

class ProcedureCatalogueTest extends ScreenTest {

    private static final ProcedureView BIRTH = new ProcedureView(
            1,
            "1.001193",
            "Đăng ký khai sinh",
            12L,
            0,
            List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Căn cước công dân của cha hoặc mẹ"),
            null,
            true);
    private static final ProcedureView MARRIAGE = new ProcedureView(
            2, "1.000894", "Đăng ký kết hôn", 12L, 5, List.of("Tờ khai đăng ký kết hôn"), "Miễn lệ phí", true);
    private static final ProcedureView COMPANY = new ProcedureView(
            3,
            "2.002154",
            "Đăng ký thành lập doanh nghiệp",
            11L,
            3,
            List.of("Giấy đề nghị đăng ký doanh nghiệp", "Điều lệ công ty"),
            "50.000 đồng",
            true);
    private static final ProcedureView OLD =
            new ProcedureView(4, "9.000001", "Thủ tục cũ đã bãi bỏ", 12L, 1, List.of(), null, false);
    private static final ProcedureView RETIRED_AREA =
            new ProcedureView(5, "9.000002", "Cấp bản sao trích lục", 19L, 1, List.of(), null, true);
    private static final ProcedureView NO_AREA =
            new ProcedureView(6, "9.000003", "Chứng thực chữ ký", null, 1, List.of(), "10.000 đồng/trường hợp", true);

    private final FakeKioskHost kiosk = new FakeKioskHost();

    private void open() {
        UI.getCurrent()
                .add(new ProcedureCatalogue(List.of(BIRTH, MARRIAGE, COMPANY, OLD, RETIRED_AREA, NO_AREA), kiosk));
    }

    private void tap(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private void type(String keys) {
        keys.chars()
                .mapToObj(c -> c == ' ' ? "Dấu cách" : String.valueOf((char) c))
                .forEach(key -> test(find(Button.class)
                                .withClassName("key")
                                .withText(key)
                                .single())
                        .click());
    }

    private List<String> groupTitles() {
        return find(H2.class).withClassName("procedure-group-title").all().stream()
                .map(h -> h.getElement().getTextRecursively())
                .toList();
    }

    private List<String> items() {
        return find(Button.class).withClassName("procedure-item").all().stream()
                .map(Button::getText)
                .toList();
    }

    private String text(String className) {
        return find(Paragraph.class).withClassName(className).single().getText();
    }

    @Test
    void theProceduresAreListedUnderTheirServiceAreasInTheOrderOfTheTicketLetters() {
        open();

        assertThat(groupTitles())
                .containsExactly("AĐầu tư - Kế hoạch", "BTư pháp - Hộ tịch", "ZLĩnh vực cũ", "Thủ tục khác");
        assertThat(items())
                .containsExactly(
                        "Đăng ký thành lập doanh nghiệp",
                        "Đăng ký kết hôn",
                        "Đăng ký khai sinh",
                        "Cấp bản sao trích lục",
                        "Chứng thực chữ ký");
        assertThat(find(Button.class).withClassName("key").all()).isEmpty();
    }

    @Test
    void theAreaNamesFollowTheLanguageOnScreen() {
        UI.getCurrent().setLocale(Messages.ENGLISH);
        open();

        assertThat(groupTitles()).startsWith("AInvestment and planning", "BJustice and civil status");
    }

    @Test
    void typingWithoutToneMarksFindsVietnameseNames() {
        open();
        test(find(Button.class).withClassName("procedure-search").single()).click();

        type("DANG KY K");

        assertThat(items()).containsExactly("Đăng ký kết hôn", "Đăng ký khai sinh");
        assertThat(groupTitles()).containsExactly("BTư pháp - Hộ tịch");
    }

    @Test
    void aProcedureIsFoundByItsCodeToo() {
        open();
        test(find(Button.class).withClassName("procedure-search").single()).click();

        type("2.002");

        assertThat(items()).containsExactly("Đăng ký thành lập doanh nghiệp");
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        open();
        test(find(Button.class).withClassName("procedure-search").single()).click();

        type("XYZ");

        assertThat(items()).isEmpty();
        assertThat(text("procedure-none"))
                .isEqualTo("Không tìm thấy thủ tục phù hợp. Xin thử từ khác hoặc hỏi cán bộ hướng dẫn.");
    }

    @Test
    void aTapOnAProcedureShowsItsNumberedDocumentsFeeAndProcessingTime() {
        open();

        tap("Đăng ký thành lập doanh nghiệp");

        assertThat(find(H1.class).withClassName("procedure-name").single().getText())
                .isEqualTo("Đăng ký thành lập doanh nghiệp");
        assertThat(text("procedure-area")).isEqualTo("Lĩnh vực: Đầu tư - Kế hoạch");
        assertThat(text("procedure-days")).isEqualTo("Thời gian giải quyết: 3 ngày làm việc");
        assertThat(text("procedure-fee")).isEqualTo("Phí, lệ phí: 50.000 đồng");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly("Giấy đề nghị đăng ký doanh nghiệp", "Điều lệ công ty");
        assertThat(find(OrderedList.class).all()).hasSize(1);
    }

    @Test
    void aSameDayProcedureWithoutAFeeSaysSoAndClaimsNoFee() {
        open();

        tap("Đăng ký khai sinh");

        assertThat(text("procedure-days")).isEqualTo("Thời gian giải quyết: trong ngày");
        assertThat(find(Paragraph.class).withClassName("procedure-fee").all()).isEmpty();
    }

    @Test
    void theTicketButtonTakesANumberForTheProceduresArea() {
        open();
        tap("Đăng ký kết hôn");

        tap("Lấy số thứ tự cho lĩnh vực này");

        assertThat(kiosk.tickets).containsExactly(FakeKioskHost.JUSTICE);
    }

    @Test
    void aProcedureOfARetiredAreaOrOfNoAreaOffersNoTicket() {
        open();
        tap("Cấp bản sao trích lục");
        assertThat(find(Button.class).withClassName("procedure-ticket").all()).isEmpty();

        tap("Quay lại");
        tap("Chứng thực chữ ký");
        assertThat(find(Button.class).withClassName("procedure-ticket").all()).isEmpty();
        assertThat(text("procedure-documents-none")).isEqualTo("Xin hỏi cán bộ hướng dẫn về giấy tờ cần mang theo.");
    }

    @Test
    void backFromAProcedureReturnsToTheListWithTheSearchKept() {
        open();
        test(find(Button.class).withClassName("procedure-search").single()).click();
        type("KET HON");
        tap("Đăng ký kết hôn");

        tap("Quay lại");

        assertThat(items()).containsExactly("Đăng ký kết hôn");
        assertThat(kiosk.homes).isZero();
    }

    @Test
    void everyTapKeepsTheScreenUpForAnotherQuietSpell() {
        open();
        test(find(Button.class).withClassName("procedure-search").single()).click();
        type("KH");
        tap("⌫ Xoá");

        assertThat(kiosk.touches).isEqualTo(4);
    }
}
