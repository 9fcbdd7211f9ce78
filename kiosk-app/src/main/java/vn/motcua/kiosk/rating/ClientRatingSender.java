package vn.motcua.kiosk.rating;

import java.util.List;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;

record ClientRatingSender(PairedDevices devices, Pairing tablet) implements RatingSender {

    @Override
    public void send(Rating rating) {
        // the enum names are the stable reason codes the reports count by, so they go as they are
        List<String> reasons =
                rating.reasons().stream().sorted().map(Enum::name).toList();
        devices.client(tablet)
                .ratings()
                .rate(
                        tablet.officeId(),
                        new RatingRequest(rating.ticketId(), rating.level(), reasons, rating.comment()));
    }
}
