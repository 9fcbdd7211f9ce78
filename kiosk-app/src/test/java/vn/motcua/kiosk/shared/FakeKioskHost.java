package vn.motcua.kiosk.shared;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/** Stands in for the kiosk around a screen: an office with three areas (one retired), and a record of asks. */
public final class FakeKioskHost implements KioskHost {

    public static final ServiceAreaView INVESTMENT =
            new ServiceAreaView(11, "DAUTU", "Đầu tư - Kế hoạch", "Investment and planning", "A", null, true);
    public static final ServiceAreaView JUSTICE =
            new ServiceAreaView(12, "TUPHAP", "Tư pháp - Hộ tịch", "Justice and civil status", "B", null, true);
    public static final ServiceAreaView RETIRED = new ServiceAreaView(19, "CU", "Lĩnh vực cũ", "Old", "Z", null, false);

    public int touches;
    public int writings;
    public int homes;
    public int unavailable;
    public final List<ServiceAreaView> tickets = new ArrayList<>();

    @Override
    public OfficeView office() {
        return office(List.of(JUSTICE, RETIRED, INVESTMENT));
    }

    /** The kiosk's office with {@code areas}. */
    public static OfficeView office(List<ServiceAreaView> areas) {
        return new OfficeView(
                1,
                "TTHCC",
                "Trung tâm Phục vụ hành chính công",
                "000.00.00.H00",
                "Asia/Ho_Chi_Minh",
                LocalTime.of(7, 30),
                LocalTime.of(17, 0),
                false,
                false,
                3,
                areas,
                List.of());
    }

    @Override
    public void touched() {
        touches++;
    }

    @Override
    public void writing() {
        writings++;
    }

    @Override
    public void home() {
        homes++;
    }

    @Override
    public void unavailable() {
        unavailable++;
    }

    @Override
    public void takeTicket(ServiceAreaView area) {
        tickets.add(area);
    }
}
