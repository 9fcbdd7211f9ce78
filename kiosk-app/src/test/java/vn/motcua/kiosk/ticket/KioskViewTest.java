package vn.motcua.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.client.ApiException;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.QueueApi;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.testing.Fakes;
import vn.motcua.kiosk.feedback.FakeFeedbackApi;
import vn.motcua.kiosk.shared.Camera;
import vn.motcua.kiosk.shared.CameraScanner;
import vn.motcua.kiosk.shared.FakeKioskHost;
import vn.motcua.kiosk.shared.ManualScheduler;
import vn.motcua.kiosk.shared.Pager;
import vn.motcua.kiosk.shared.ScannerField;
import vn.motcua.kiosk.testing.FakeDossierApi;
import vn.motcua.kiosk.testing.FakeOfficeApi;
import vn.motcua.kiosk.testing.ScreenTest;

class KioskViewTest extends ScreenTest {

    private static final ServiceAreaView LAND = new ServiceAreaView(13, "DATDAI", "Đất đai", "Land", "C", 300, true);
    /** An office with three service areas, one retired. */
    private static final OfficeView OFFICE =
            FakeKioskHost.office(List.of(FakeKioskHost.INVESTMENT, LAND, FakeKioskHost.RETIRED));

    private static final ProcedureView LAND_USE = new ProcedureView(
            7,
            "1.004227",
            "Cấp giấy chứng nhận quyền sử dụng đất",
            13L,
            30,
            List.of("Đơn đăng ký", "Giấy tờ về quyền sử dụng đất"),
            null,
            true);

    /** Every question asked of the server, in order. */
    private final List<String> calls = new ArrayList<>();

    private final FakeOfficeApi offices = new FakeOfficeApi(OFFICE, calls);
    private final FakeQueueApi queue = new FakeQueueApi(calls);
    private final FakeFileApi files = new FakeFileApi(calls);
    private final FakeDossierApi dossiers = new FakeDossierApi();
    private final FakeFeedbackApi feedback = new FakeFeedbackApi();
    private final FakeAppointmentApi appointments = new FakeAppointmentApi(calls);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeSlipPrinter printer = new FakeSlipPrinter();

    /* 01:00 on 26 November 2026 in Hà Nội, still the 25th in UTC: the office's day decides an age. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);

    private void open() {
        offices.procedures = List.of(LAND_USE);
        UI.getCurrent()
                .add(new KioskView(
                        1,
                        () -> Fakes.of(OfficeApi.class, offices),
                        () -> Fakes.of(QueueApi.class, queue),
                        () -> Fakes.of(FileApi.class, files),
                        () -> Fakes.of(DossierApi.class, dossiers),
                        () -> Fakes.of(FeedbackApi.class, feedback),
                        () -> Fakes.of(AppointmentApi.class, appointments),
                        scheduler,
                        printer,
                        CLOCK));
    }

    private List<Button> areaButtons() {
        return find(Button.class).withClassName("area").all();
    }

    private void tap(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private void takeTicket() {
        open();
        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");
    }

    /** Only shown components are found, so a hidden notice is an absent one. */
    private boolean printFailedShown() {
        return !find(Paragraph.class).withClassName("ticket-print-failed").all().isEmpty();
    }

    private String message() {
        return find(Paragraph.class).withClassName("kiosk-message").single().getText();
    }

    @Test
    void showsOneBigButtonPerActiveServiceAreaWithItsPrefix() {
        open();

        assertThat(areaButtons()).hasSize(2);
        assertThat(find(Span.class).withClassName("area-name").all())
                .extracting(Span::getText)
                .containsExactly("Đầu tư - Kế hoạch", "Đất đai");
        assertThat(find(Span.class).withClassName("area-prefix").all())
                .extracting(Span::getText)
                .containsExactly("A", "C");
        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Mời Ông/Bà chọn lĩnh vực cần giải quyết");
    }

    @Test
    void twoTapsIssueATicketAndShowItsNumberQueueAndWait() {
        open();

        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");

        assertThat(queue.requests).containsExactly(new IssueTicketRequest(11L, null));
        assertThat(find(Span.class).withClassName("ticket-number").single().getText())
                .isEqualTo("A023");
        assertThat(find(Paragraph.class).withClassName("ticket-ahead").single().getText())
                .isEqualTo("Phía trước còn 4 người");
        assertThat(find(Paragraph.class).withClassName("ticket-wait").single().getText())
                .isEqualTo("Thời gian chờ dự kiến: khoảng 13 phút");
        assertThat(find(Paragraph.class)
                        .withClassName("kiosk-subtitle")
                        .single()
                        .getText())
                .isEqualTo("Đầu tư - Kế hoạch");
    }

    @Test
    void thePriorityGroupChosenInTheSecondTapGoesToTheServer() {
        open();

        test(areaButtons().get(1)).click();
        assertThat(find(Button.class).withClassName("priority").all())
                .hasSize(PriorityGroup.chosen().size() + 1);
        tap("Người cao tuổi");

        assertThat(queue.requests).containsExactly(new IssueTicketRequest(13L, PriorityGroup.ELDERLY));
    }

    @Test
    void theTicketScreenGoesHomeAfterTwentyQuietSeconds() {
        open();
        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");

        scheduler.pass(KioskView.IDLE);

        assertThat(find(Span.class).withClassName("ticket-number").all()).isEmpty();
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void aClosedOfficeIsExplainedInVietnameseWithItsHours() {
        queue.issueFailure = refusal("OFFICE_CLOSED");
        open();
        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");

        assertThat(message())
                .isEqualTo("Bộ phận Một cửa hiện ngoài giờ làm việc. Giờ tiếp nhận: từ 07:30 đến 17:00. "
                        + "Mời Ông/Bà quay lại trong giờ làm việc.");
        scheduler.pass(KioskView.IDLE);
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void aDailyLimitIsExplainedInVietnameseWithTheAreaName() {
        queue.issueFailure = refusal("DAILY_LIMIT");
        open();
        test(areaButtons().get(1)).click();
        tap("Không — lấy số thường");

        assertThat(message())
                .isEqualTo("Lĩnh vực Đất đai đã hết số thứ tự của ngày hôm nay. "
                        + "Mời Ông/Bà quay lại vào ngày làm việc tiếp theo.");
    }

    @Test
    void anUnknownRefusalStillGetsAPlainVietnameseMessage() {
        queue.issueFailure = refusal("QUEUE_UNAVAILABLE");
        open();
        test(areaButtons().get(1)).click();
        tap("Không — lấy số thường");

        assertThat(message()).isEqualTo("Chưa lấy được số thứ tự. Mời Ông/Bà thử lại hoặc liên hệ cán bộ hướng dẫn.");
    }

    @Test
    void anUnreachableServerIsExplainedAndTheKioskRecoversByItself() {
        open();
        queue.issueFailure = unreachable();
        offices.officeFailure = unreachable();
        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Hệ thống đang tạm gián đoạn");
        assertThat(message()).startsWith("Máy đang tự kết nối lại");

        scheduler.pass(KioskView.RETRY);
        assertThat(areaButtons()).isEmpty();

        offices.officeFailure = null;
        scheduler.pass(KioskView.RETRY);
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void aKioskWhoseDeviceIsRefusedSendsTheCitizenToTheDeskAndComesBackIfAcceptedAgain() {
        open();
        queue.issueFailure = new ApiException(401, "UNAUTHORIZED", "device revoked", null);
        offices.officeFailure = new ApiException(401, "UNAUTHORIZED", "device revoked", null);
        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Máy lấy số tạm ngừng phục vụ");
        assertThat(message()).startsWith("Mời Ông/Bà đến quầy hướng dẫn");
        scheduler.pass(KioskView.RETRY);
        assertThat(areaButtons()).isEmpty();

        offices.officeFailure = null;
        scheduler.pass(KioskView.RETRY);
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void aKioskStartedWithARefusedDeviceSaysItIsOutOfServiceNotThatTheServerIsDown() {
        offices.officeFailure = new ApiException(403, "FORBIDDEN", "not this office", null);

        open();

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Máy lấy số tạm ngừng phục vụ");
    }

    @Test
    void aKioskStartedWhileTheServerIsDownComesUpWhenItReturns() {
        offices.officeFailure = unreachable();
        open();
        assertThat(areaButtons()).isEmpty();

        offices.officeFailure = null;
        scheduler.pass(KioskView.RETRY);

        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void englishIsOneTapAwayAndTheNextCitizenStartsInVietnamese() {
        open();

        tap("English");
        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Please choose a service area");
        assertThat(find(Span.class).withClassName("area-name").all())
                .extracting(Span::getText)
                .containsExactly("Investment and planning", "Land");

        test(areaButtons().get(0)).click();
        tap("No — regular ticket");
        tap("Done");

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Mời Ông/Bà chọn lĩnh vực cần giải quyết");
    }

    @Test
    void anEnglishHomeScreenLeftAloneTurnsBackToVietnameseForTheNextCitizen() {
        open();
        tap("English");

        scheduler.pass(KioskView.IDLE);

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Mời Ông/Bà chọn lĩnh vực cần giải quyết");
    }

    @Test
    void turningAPageOfAreasCountsAsATouchOfTheScreen() {
        open();
        tap("English");

        scheduler.pass(KioskView.IDLE.minusSeconds(5));
        tap("Next page ▼");
        scheduler.pass(KioskView.IDLE.minusSeconds(5));

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Please choose a service area");
    }

    @Test
    void feedbackIsOneBigButtonFromHomeAndGoesHomeAfterAQuietMinute() {
        open();

        tap("Phản ánh, kiến nghị");
        assertThat(find(Button.class).withClassName("feedback-category").all()).hasSize(7);
        scheduler.pass(KioskView.IDLE);
        assertThat(find(Button.class).withClassName("feedback-category").all()).hasSize(7);
        scheduler.pass(KioskView.WRITING);

        assertThat(areaButtons()).isNotEmpty();
        assertThat(find(Button.class).withClassName("feedback-category").all()).isEmpty();
    }

    @Test
    void aChangeOfLanguageWhileWritingFeedbackKeepsTheQuietMinute() {
        open();
        tap("Phản ánh, kiến nghị");

        tap("English");
        scheduler.pass(KioskView.IDLE);

        assertThat(find(Button.class).withClassName("feedback-category").all()).hasSize(7);
        scheduler.pass(KioskView.WRITING);
        assertThat(areaButtons()).isNotEmpty();
    }

    @Test
    void theAreasPageInTheirOwnBoxAndTheLookUpsAndCameraFollowIt() {
        open();

        Pager pager = find(Pager.class).single();
        assertThat(find(Button.class, pager).withClassName("area").all()).hasSize(2);
        List<String> home = find(Div.class)
                .withClassName("kiosk-content")
                .single()
                .getChildren()
                .map(c -> c.getElement().getAttribute("class"))
                .toList();
        assertThat(home).containsSubsequence("pager", "kiosk-services");
        Div services = find(Div.class).withClassName("kiosk-services").single();
        assertThat(find(CameraScanner.class, services).all()).hasSize(1);
    }

    @Test
    void theResultScreenSaysWhichPriorityWasChosen() {
        open();
        test(areaButtons().get(0)).click();
        tap("Người cao tuổi");

        assertThat(find(Paragraph.class)
                        .withClassName("ticket-priority")
                        .single()
                        .getText())
                .isEqualTo("Đối tượng ưu tiên: Người cao tuổi");
    }

    @Test
    void theResultScreenSaysARegularTicketIsOne() {
        takeTicket();

        assertThat(find(Paragraph.class)
                        .withClassName("ticket-priority")
                        .single()
                        .getText())
                .isEqualTo("Số thường (không ưu tiên)");
    }

    @Test
    void theScannerInputIsOutOfTheTabOrderAsScreenReadersDoNotSeeIt() {
        open();

        Element field = find(ScannerField.class).single().getElement();
        assertThat(field.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(field.getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void backFromThePriorityQuestionIssuesNothing() {
        open();
        test(areaButtons().get(0)).click();

        tap("Quay lại");

        assertThat(queue.requests).isEmpty();
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void theIssuedTicketsSlipIsFetchedAndPrinted() {
        takeTicket();

        assertThat(files.slips).containsExactly(new FakeFileApi.SlipRequest("t-1", "vi"));
        assertThat(printer.jobs).singleElement().satisfies(job -> {
            assertThat(job.pdf()).isEqualTo(FakeFileApi.PDF);
            assertThat(job.fileName()).isEqualTo("so-A023.pdf");
        });
        assertThat(printFailedShown()).isFalse();
        assertThat(find(Button.class).withClassName("kiosk-reprint").single().getText())
                .isEqualTo("In lại");
    }

    @Test
    void anEnglishSpeakerGetsAnEnglishSlip() {
        open();
        tap("English");
        test(areaButtons().get(0)).click();
        tap("No — regular ticket");

        assertThat(files.slips).containsExactly(new FakeFileApi.SlipRequest("t-1", "en"));
    }

    @Test
    void aSlipThatCannotBeFetchedLeavesTheNumberAndAsksToRememberIt() {
        files.slipFailure = unreachable();
        takeTicket();

        assertThat(find(Span.class).withClassName("ticket-number").single().getText())
                .isEqualTo("A023");
        assertThat(find(Paragraph.class)
                        .withClassName("ticket-print-failed")
                        .single()
                        .getText())
                .isEqualTo("Không in được phiếu, xin ghi nhớ số thứ tự");
        assertThat(printer.jobs).isEmpty();
    }

    @Test
    void aBrowserThatCannotPrintGetsTheSameWord() {
        takeTicket();

        printer.jobs.getFirst().onFailure().execute();

        assertThat(printFailedShown()).isTrue();
        assertThat(find(Span.class).withClassName("ticket-number").single().getText())
                .isEqualTo("A023");
    }

    @Test
    void reprintFetchesAndPrintsTheSlipAgainAndClearsAnEarlierFailure() {
        files.slipFailure = unreachable();
        takeTicket();
        files.slipFailure = null;

        tap("In lại");

        assertThat(files.slips).hasSize(2).allMatch(slip -> slip.ticketId().equals("t-1"));
        assertThat(printer.jobs).hasSize(1);
        assertThat(printFailedShown()).isFalse();
    }

    @Test
    void reprintKeepsTheResultScreenUpForAnotherQuietSpell() {
        takeTicket();

        tap("In lại");

        assertThat(scheduler.pendingCount()).isEqualTo(1);
        scheduler.pass(KioskView.IDLE);
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void switchingLanguageOnTheResultScreenDoesNotPrintAgain() {
        takeTicket();

        tap("English");

        assertThat(files.slips).hasSize(1);
        assertThat(find(Button.class).withClassName("kiosk-reprint").single().getText())
                .isEqualTo("Print again");
    }

    @Test
    void aLateFailureOfTheLastCitizensSlipDoesNotShowForTheNext() {
        takeTicket();
        FakeSlipPrinter.Job first = printer.jobs.getFirst();
        tap("Xong");
        test(areaButtons().get(0)).click();
        tap("Không — lấy số thường");

        first.onFailure().execute();

        assertThat(printFailedShown()).isFalse();
    }

    private List<Button> serviceButtons() {
        return find(Button.class).withClassName("kiosk-service").all();
    }

    private void typeOnKeys(String keys) {
        keys.chars()
                .forEach(c -> test(find(Button.class)
                                .withClassName("key")
                                .withText(String.valueOf((char) c))
                                .single())
                        .click());
    }

    @Test
    void theHomeScreenOffersAppointmentCheckInDossierAndProcedureLookUpAndFeedbackAsButtonsOfOneStyle() {
        open();

        assertThat(serviceButtons())
                .extracting(Button::getText)
                .containsExactly("Đã đặt lịch hẹn", "Tra cứu hồ sơ", "Tra cứu thủ tục", "Phản ánh, kiến nghị");
    }

    @Test
    void aBookingCodeTypedOnTheKeysIssuesItsTicketWhichPrintsAndSaysItIsAnAppointment() {
        open();
        tap("Đã đặt lịch hẹn");
        typeOnKeys("7K2MQ9X");
        assertThat(find(Button.class)
                        .withClassName("appointment-check-in")
                        .single()
                        .isEnabled())
                .isFalse();
        typeOnKeys("Z");
        assertThat(find(Span.class).withClassName("appointment-code").single().getText())
                .isEqualTo("LH-7K2M-Q9XZ");
        tap("Nhận số thứ tự");

        assertThat(appointments.checkIns).containsExactly("LH-7K2M-Q9XZ");
        assertThat(find(Span.class).withClassName("ticket-number").single().getText())
                .isEqualTo("A024");
        assertThat(find(Paragraph.class)
                        .withClassName("ticket-priority")
                        .single()
                        .getText())
                .isEqualTo("Đối tượng ưu tiên: Đã đặt lịch hẹn");
        assertThat(files.slips).containsExactly(new FakeFileApi.SlipRequest("t-2", "vi"));
    }

    @Test
    void aBookingsQrCodeScannedAtHomeIsCheckedInAtOnce() {
        open();

        scan("https://motcua.example/cong-khai/1/dat-lich/lh-7k2m-q9xz?lang=en");

        assertThat(appointments.checkIns).containsExactly("LH-7K2M-Q9XZ");
        assertThat(find(Span.class).withClassName("ticket-number").single().getText())
                .isEqualTo("A024");
    }

    @Test
    void aLateArrivalIsToldItQueuesAsAWalkIn() {
        appointments.late = true;
        open();

        scan("LH-7K2M-Q9XZ");

        assertThat(find(Paragraph.class)
                        .withClassName("ticket-priority")
                        .single()
                        .getText())
                .isEqualTo("Số thường (không ưu tiên)");
        assertThat(find(Paragraph.class).withClassName("ticket-late").single().getText())
                .contains("đến sau giờ hẹn");
    }

    @Test
    void aCheckInTooEarlySaysFromWhenTheCitizenMayComeBackAndAWrongCodeSaysSo() {
        appointments.checkInFailure = refusal("APPOINTMENT_TOO_EARLY");
        open();
        tap("Đã đặt lịch hẹn");
        typeOnKeys("7K2MQ9XZ");
        tap("Nhận số thứ tự");

        assertThat(message()).isEqualTo("Chưa đến giờ xác nhận lịch hẹn. Mời Ông/Bà quay lại từ 08:45.");
        assertThat(find(Span.class).withClassName("ticket-number").all()).isEmpty();

        appointments.checkInFailure = null;
        typeOnKeys("2");
        test(find(Button.class).withClassName("key-erase").single()).click();
        typeOnKeys("2");
        tap("Nhận số thứ tự");
        assertThat(message()).isEqualTo("Không tìm thấy lịch hẹn có mã này. Xin kiểm tra lại mã.");
    }

    @Test
    void aDossierLookedUpAtTheKioskGoesHomeAfterTheQuietSpell() {
        open();
        tap("Tra cứu hồ sơ");
        typeOnKeys("H00-1");
        test(find(Button.class).withClassName("lookup-phone").single()).click();
        typeOnKeys("4567");
        tap("Tra cứu");

        assertThat(dossiers.questions).containsExactly(new FakeDossierApi.Question("phone", "H00-1", "4567"));
        assertThat(find(Paragraph.class).withClassName("lookup-status").single().getText())
                .isEqualTo("Đang xử lý");

        scheduler.pass(KioskView.IDLE);
        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void switchingToEnglishKeepsWhatTheCitizenHasTyped() {
        open();
        tap("Tra cứu hồ sơ");
        typeOnKeys("H00");

        tap("English");

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Check a dossier");
        assertThat(find(Span.class)
                        .withClassName("lookup-value")
                        .all()
                        .getFirst()
                        .getText())
                .isEqualTo("H00");
    }

    @Test
    void theProcedureShortcutTakesATicketForItsAreaThroughTheUsualPriorityQuestion() {
        open();
        tap("Tra cứu thủ tục");
        tap("Cấp giấy chứng nhận quyền sử dụng đất");

        tap("Lấy số thứ tự cho lĩnh vực này");
        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Ông/Bà có thuộc đối tượng ưu tiên không?");
        assertThat(find(Paragraph.class)
                        .withClassName("kiosk-subtitle")
                        .single()
                        .getText())
                .isEqualTo("Đất đai");
        tap("Không — lấy số thường");

        assertThat(queue.requests).containsExactly(new IssueTicketRequest(13L, null));
        assertThat(find(Span.class).withClassName("ticket-number").single().getText())
                .isEqualTo("A023");
    }

    @Test
    void theProcedureScreenGoesHomeAfterTheQuietSpell() {
        open();
        tap("Tra cứu thủ tục");

        scheduler.pass(KioskView.IDLE);

        assertThat(areaButtons()).hasSize(2);
    }

    @Test
    void proceduresOutOfReachGetTheUsualNoticeAndTheKioskRecovers() {
        offices.proceduresFailure = unreachable();
        open();

        tap("Tra cứu thủ tục");

        assertThat(find(H1.class).withClassName("kiosk-title").single().getText())
                .isEqualTo("Hệ thống đang tạm gián đoạn");
        scheduler.pass(KioskView.RETRY);
        assertThat(areaButtons()).hasSize(2);
    }

    private static String card(String dateOfBirth) {
        return "001066012345|012345678|Nguyễn Văn An|" + dateOfBirth + "|Nam|Số 1 Tràng Tiền, Hà Nội|15032021";
    }

    /** What a keyboard-wedge scanner does: types the text into the focused field, then Enter. */
    private void scan(String text) {
        Element field = find(ScannerField.class).single().getElement();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.key === 'Enter'", true);
        data.put("element.value", text);
        field.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(field, "keydown", data));
    }

    private List<String> greetings() {
        return find(Paragraph.class).withClassName("kiosk-greeting").all().stream()
                .map(Paragraph::getText)
                .toList();
    }

    private List<Button> preselected() {
        return find(Button.class).withClassName("priority-preselected").all();
    }

    @Test
    void anIdCardOfSomeoneSixtyTodayGreetsThemAndPutsTheElderlyPriorityFirst() {
        open();

        scan(card("26111966"));
        assertThat(greetings()).containsExactly("Xin chào Ông/Bà Nguyễn Văn An");
        test(areaButtons().get(0)).click();

        assertThat(greetings()).containsExactly("Xin chào Ông/Bà Nguyễn Văn An");
        assertThat(preselected()).singleElement().extracting(Button::getText).isEqualTo("Người cao tuổi");
        assertThat(find(Button.class).withClassName("priority").all().getFirst())
                .isSameAs(preselected().getFirst());
        assertThat(find(Paragraph.class)
                        .withClassName("kiosk-preselected")
                        .single()
                        .getText())
                .startsWith("Thẻ căn cước cho biết Ông/Bà từ 60 tuổi trở lên");
        tap("Người cao tuổi");

        assertThat(queue.requests).containsExactly(new IssueTicketRequest(11L, PriorityGroup.ELDERLY));
    }

    @Test
    void anIdCardOfSomeoneFiftyNineGreetsThemAndPreselectsNothing() {
        open();

        scan(card("27111966"));
        test(areaButtons().get(0)).click();

        assertThat(greetings()).containsExactly("Xin chào Ông/Bà Nguyễn Văn An");
        assertThat(preselected()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("kiosk-preselected").all())
                .isEmpty();
    }

    @Test
    void thePreselectedElderlyPriorityIsChangedByTappingAnotherChoice() {
        open();
        scan(card("01011950"));
        test(areaButtons().get(1)).click();

        tap("Không — lấy số thường");

        assertThat(queue.requests).containsExactly(new IssueTicketRequest(13L, null));
    }

    @Test
    void nothingButTheTicketRequestAndItsSlipReachesTheServerAfterAnIdCardScan() {
        open();

        scan(card("26111966"));
        test(areaButtons().get(0)).click();
        tap("Người cao tuổi");

        assertThat(calls).containsExactly("office", "issue", "slip");
        assertThat(queue.requests).containsExactly(new IssueTicketRequest(11L, PriorityGroup.ELDERLY));
    }

    @Test
    void theCardIsForgottenOnceTheTicketIsIssued() {
        open();
        scan(card("26111966"));
        test(areaButtons().get(0)).click();
        tap("Người cao tuổi");

        assertThat(greetings()).isEmpty();
        tap("Xong");
        assertThat(greetings()).isEmpty();
        test(areaButtons().get(0)).click();
        assertThat(preselected()).isEmpty();
    }

    @Test
    void theGreetingLeavesTheHomeScreenAfterTheQuietSpell() {
        open();
        scan(card("26111966"));

        scheduler.pass(KioskView.IDLE);

        assertThat(greetings()).isEmpty();
        test(areaButtons().get(0)).click();
        assertThat(preselected()).isEmpty();
    }

    @Test
    void goingBackFromThePriorityQuestionForgetsTheCard() {
        open();
        scan(card("26111966"));
        test(areaButtons().get(0)).click();

        tap("Quay lại");

        assertThat(greetings()).isEmpty();
        test(areaButtons().get(0)).click();
        assertThat(preselected()).isEmpty();
    }

    @Test
    void theGreetingFollowsTheLanguage() {
        open();
        scan(card("26111966"));

        tap("English");

        assertThat(greetings()).containsExactly("Hello, Nguyễn Văn An");
    }

    @Test
    void aReceiptScannedOnTheHomeScreenOpensItsDossier() {
        open();

        scan("https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k=Ab3_-x9ZQw1tYk2L");

        assertThat(dossiers.questions)
                .containsExactly(
                        new FakeDossierApi.Question("receipt", "000.00.00.H00-261126-0007", "Ab3_-x9ZQw1tYk2L"));
        assertThat(find(Paragraph.class).withClassName("lookup-status").single().getText())
                .isEqualTo("Đang xử lý");
    }

    @Test
    void anythingElseScannedOnTheHomeScreenIsIgnoredQuietly() {
        open();

        scan("https://dichvucong.gov.vn/p/home");
        scan("001066012345||Nguyễn Văn An|31021966|Nam|Hà Nội|15032021");

        assertThat(areaButtons()).hasSize(2);
        assertThat(greetings()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("kiosk-message").all()).isEmpty();
        assertThat(calls).containsExactly("office");
        assertThat(scheduler.pendingCount()).isZero();
    }

    /** The citizen taps the camera button and holds {@code text}'s QR code up to the kiosk's camera. */
    private void showTheCamera(String text) {
        test(find(Button.class).withClassName("camera-open").single()).click();
        Camera.holdUp(find(CameraScanner.class).single(), text);
    }

    @Test
    void anIdCardReadByTheCameraGreetsTheCitizenAndPutsTheElderlyPriorityFirstAsAScanDoes() {
        open();

        showTheCamera(card("26111966"));
        assertThat(greetings()).containsExactly("Xin chào Ông/Bà Nguyễn Văn An");
        test(areaButtons().get(0)).click();

        assertThat(preselected()).singleElement().extracting(Button::getText).isEqualTo("Người cao tuổi");
        tap("Người cao tuổi");
        assertThat(calls).containsExactly("office", "issue", "slip");
        assertThat(queue.requests).containsExactly(new IssueTicketRequest(11L, PriorityGroup.ELDERLY));
    }

    @Test
    void theCameraOnTheHomeScreenAsksForTheIdCard() {
        open();

        assertThat(find(Button.class).withClassName("camera-open").single().getText())
                .isEqualTo("Quét thẻ căn cước bằng camera");
    }

    @Test
    void aReceiptReadByTheCameraOnTheHomeScreenOpensItsDossier() {
        open();

        showTheCamera("https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k=Ab3_-x9ZQw1tYk2L");

        assertThat(dossiers.questions)
                .containsExactly(
                        new FakeDossierApi.Question("receipt", "000.00.00.H00-261126-0007", "Ab3_-x9ZQw1tYk2L"));
        assertThat(find(Paragraph.class).withClassName("lookup-status").single().getText())
                .isEqualTo("Đang xử lý");
    }

    @Test
    void theKioskGoingHomeClosesACameraLeftOpen() {
        open();
        tap("Tra cứu hồ sơ");
        test(find(Button.class).withClassName("camera-open").single()).click();

        scheduler.pass(KioskView.IDLE);

        assertThat(find(Div.class).withClassName("camera-preview").all()).isEmpty();
        assertThat(areaButtons()).hasSize(2);
        assertThat(scheduler.pendingCount()).isZero();
    }

    private static ApiException refusal(String code) {
        return new ApiException(409, code, code, null);
    }

    private static ApiException unreachable() {
        return new ApiException(0, "UNREACHABLE", "The server cannot be reached", null);
    }
}
