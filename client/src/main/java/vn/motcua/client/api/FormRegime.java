package vn.motcua.client.api;

import java.time.LocalDate;

/**
 * The set of model forms a dossier's papers follow. TT 03/2025/TT-VPCP (Phụ lục I) replaced the TT 01/2018/TT-VPCP
 * forms from 15/9/2025; an office that has not moved yet keeps the old set.
 */
public enum FormRegime {
    /** Thông tư 01/2018/TT-VPCP, Mẫu 01–06. */
    TT01_2018,
    /** Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 01–07 (with the stop notice, Mẫu 05). */
    TT03_2025;

    /** The day TT 03/2025/TT-VPCP took effect. */
    public static final LocalDate TT03_2025_FROM = LocalDate.of(2025, 9, 15);

    /**
     * The forms of a dossier received on the given local day, in an office that follows {@code officeChoice}: an
     * office on TT 01/2018 keeps it; an office on TT 03/2025 prints the old forms only for dossiers received before
     * the new ones took effect, so papers of one dossier never change form midway.
     */
    public static FormRegime forDossier(LocalDate receivedOn, FormRegime officeChoice) {
        if (officeChoice == TT01_2018 || receivedOn.isBefore(TT03_2025_FROM)) {
            return TT01_2018;
        }
        return TT03_2025;
    }
}
