package vn.motcua.kiosk.ticket;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;

/** Makes every ticket's slip, or fails as the test tells it to; each request added to the log ({@code FileApi}). */
final class FakeFileApi {

    record SlipRequest(String ticketId, String language) {}

    static final byte[] PDF = "%PDF-1.7 slip".getBytes(StandardCharsets.US_ASCII);

    final List<SlipRequest> slips = new ArrayList<>();
    ApiException slipFailure;
    private final List<String> calls;

    FakeFileApi(List<String> calls) {
        this.calls = calls;
    }

    public byte[] ticketSlip(long officeId, String ticketId, String language) {
        calls.add("slip");
        slips.add(new SlipRequest(ticketId, language));
        if (slipFailure != null) {
            throw slipFailure;
        }
        return PDF;
    }
}
