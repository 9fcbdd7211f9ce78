package vn.motcua.server.dossier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A name as the public page shows it: the first word whole, the others as initials ("Nguyễn Thị Hoa" becomes
 * "Nguyễn T. H."), enough for the applicant to recognise the dossier and little for anyone else. A one-word
 * name is reduced to its initial, as it would otherwise be shown whole.
 */
final class NameMask {

    private NameMask() {}

    static String mask(String name) {
        String[] words = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).split("\\s+");
        if (words.length == 1) {
            return initial(words[0]);
        }
        List<String> parts = new ArrayList<>();
        parts.add(words[0]);
        for (int i = 1; i < words.length; i++) {
            parts.add(initial(words[i]));
        }
        return String.join(" ", parts);
    }

    private static String initial(String word) {
        return word.isEmpty() ? "" : word.substring(0, Character.charCount(word.codePointAt(0))) + ".";
    }
}
