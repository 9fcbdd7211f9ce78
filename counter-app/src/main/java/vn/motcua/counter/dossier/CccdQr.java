package vn.motcua.counter.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the QR code on a chip ID card (CCCD) says:
 * {@code number|old CMND|name|birth ddMMyyyy|sex|permanent address|issue date}, some cards adding fields after.
 * The number, name and date of birth are checked, so that a stray scan fills nothing.
 */
record CccdQr(String number, String name, LocalDate birthDate, String address) {

    private static final Pattern NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '.-]{0,199}");
    // STRICT, so that 31022000 is refused rather than read as the end of February
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    static Optional<CccdQr> parse(String scanned) {
        String[] f = scanned == null ? new String[0] : scanned.strip().split("\\|", -1);
        if (f.length < 7
                || !NUMBER.matcher(f[0]).matches()
                || !NAME.matcher(f[2].strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CccdQr(f[0], f[2].strip(), LocalDate.parse(f[3], DATE), f[5].strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whole years lived on {@code day}: 60 on the sixtieth birthday itself. */
    int age(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
