package vn.motcua.client.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the office's printed forms (Mẫu 01–04) say of it, set by an admin. Empty strings when not set.
 *
 * @param locality     the place of the place–date line, a province or commune, e.g. "Phú Thọ"
 * @param agencyHeader the agency's name as printed in the header, upper case, e.g. "UBND TỈNH PHÚ THỌ"
 * @param signerName   the official who signs for the agency (an apology is then signed in this name, whoever
 *                     issues it; when empty only a HEAD may issue one, in their own name)
 * @param signerTitle  the official's title as printed above the signature, e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ
 *                     GIÁM ĐỐC"
 */
public record OfficeForms(
        @NotNull @Size(max = 100) String locality,
        @NotNull @Size(max = 300) String agencyHeader,
        @NotNull @Size(max = 200) String signerName,
        @NotNull @Size(max = 200) String signerTitle) {}
