package vn.motcua.client.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the office's printed forms say of it, set by an admin. Empty strings when not set.
 *
 * @param locality     the place of the place–date line, a province or commune, e.g. "Phú Thọ"
 * @param agencyHeader the agency's name as printed in the header, upper case, e.g. "UBND TỈNH PHÚ THỌ"
 * @param signerName   the official who signs for the agency (an apology is then signed in this name, whoever
 *                     issues it; when empty only a HEAD may issue one, in their own name)
 * @param signerTitle  the official's title as printed above the signature, e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ
 *                     GIÁM ĐỐC"
 * @param contactPhone the one-stop department's telephone printed where a form tells the applicant whom to call
 *                     (Mẫu 02), e.g. "0210 3846 999"; empty leaves dots
 * @param formRegime   the model forms the office follows: {@link FormRegime#TT03_2025} (the default) for dossiers
 *                     received from 15/9/2025, or {@link FormRegime#TT01_2018} for all of them
 */
public record OfficeForms(
        @NotNull @Size(max = 100) String locality,
        @NotNull @Size(max = 300) String agencyHeader,
        @NotNull @Size(max = 200) String signerName,
        @NotNull @Size(max = 200) String signerTitle,

        @NotNull @Pattern(regexp = "[0-9 .+()-]{0,30}", message = "tối đa 30 ký tự: chữ số, dấu cách và + . ( ) -")
        String contactPhone,

        @NotNull FormRegime formRegime) {

    /** The settings before the telephone and the regime existed: TT 03/2025 forms, no telephone. */
    public OfficeForms(String locality, String agencyHeader, String signerName, String signerTitle) {
        this(locality, agencyHeader, signerName, signerTitle, "", FormRegime.TT03_2025);
    }
}
