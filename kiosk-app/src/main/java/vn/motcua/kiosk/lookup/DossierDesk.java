package vn.motcua.kiosk.lookup;

import java.util.Locale;
import vn.motcua.client.api.DossierPublicView;

/**
 * What the dossier look-up asks of the server. Each throws ApiException: 404 for a dossier not found (or a key
 * that does not match it), 429 TOO_MANY_ATTEMPTS after repeated failures, UNREACHABLE.
 */
public interface DossierDesk {

    /** With the code and key read from the receipt's QR code; status and next step in {@code language}. */
    DossierPublicView byReceipt(String code, String token, Locale language);

    /** With the code typed at the kiosk and the last four digits of the phone number given at filing. */
    DossierPublicView byPhone(String code, String phoneLast4, Locale language);
}
