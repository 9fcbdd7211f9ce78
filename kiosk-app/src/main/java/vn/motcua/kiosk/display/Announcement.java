package vn.motcua.kiosk.display;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One call as the hall hears it: "Mời công dân có số thứ tự | A hai mươi ba | đến quầy số | ba". A browser with a
 * Vietnamese voice reads {@code text}; one without plays {@code clips}, the same words recorded, in order. The
 * brief form, "A hai mươi ba | đến quầy số | ba", is what the board says while other calls wait their turn: it
 * leaves out the opening (2.2 of the 5.4 seconds of a recorded call), so that a burst of calls is not heard long
 * after it was made. {@code ticket} is the code called, by which a recall replaces a call still waiting.
 */
record Announcement(String ticket, String text, List<String> clips, String briefText, List<String> briefClips) {

    static final String OPENING = "moi-cong-dan-co-so-thu-tu";
    static final String TO_COUNTER = "den-quay-so";

    /** A sentence to read, given the ticket's and the counter's words (board.announcement[.brief], in Vietnamese). */
    interface Sentence {
        String of(String ticketWords, String counterWords);
    }

    static Announcement of(String ticketCode, int counterNumber, Sentence sentence, Sentence brief) {
        List<Word> ticket = VietnameseWords.ticket(ticketCode);
        List<Word> counter = VietnameseWords.number(counterNumber);
        List<String> briefClips = new ArrayList<>();
        ticket.forEach(word -> briefClips.add(word.clip()));
        briefClips.add(TO_COUNTER);
        counter.forEach(word -> briefClips.add(word.clip()));
        List<String> clips = new ArrayList<>();
        clips.add(OPENING);
        clips.addAll(briefClips);
        return new Announcement(
                ticketCode,
                sentence.of(text(ticket), text(counter)),
                List.copyOf(clips),
                brief.of(text(ticket), text(counter)),
                List.copyOf(briefClips));
    }

    private static String text(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }
}
