package vn.motcua.kiosk.ticket;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the QR code on a chip ID card (CCCD) says, as far as the kiosk needs it:
 * {@code number|old CMND|name|birth ddMMyyyy|sex|address|issue date}, some cards adding fields after. The
 * address and the rest are not kept: the kiosk greets the citizen and asks nothing more.
 */
record CccdQr(String number, String name, LocalDate birthDate) {

    private static final Pattern NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '.-]{0,99}");
    // STRICT, so that 31022000 is refused rather than read as the end of February
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    static Optional<CccdQr> parse(String scanned) {
        String[] fields = scanned == null ? new String[0] : scanned.strip().split("\\|", -1);
        if (fields.length < 7
                || !NUMBER.matcher(fields[0]).matches()
                || !NAME.matcher(fields[2].strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CccdQr(fields[0], fields[2].strip(), LocalDate.parse(fields[3], DATE)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whole years lived on {@code day}: 60 on the sixtieth birthday itself. */
    int age(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
