package vn.motcua.kiosk.display;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One call as the hall hears it: "Mời công dân có số thứ tự | A hai mươi ba | đến quầy số | ba". A browser with a
 * Vietnamese voice reads {@code text}; one without plays {@code clips}, the same words recorded, in order.
 */
record Announcement(String text, List<String> clips) {

    static final String OPENING = "moi-cong-dan-co-so-thu-tu";
    static final String TO_COUNTER = "den-quay-so";

    /** The sentence to read, given the ticket's and the counter's words (board.announcement, in Vietnamese). */
    interface Sentence {
        String of(String ticketWords, String counterWords);
    }

    static Announcement of(String ticketCode, int counterNumber, Sentence sentence) {
        List<Word> ticket = VietnameseWords.ticket(ticketCode);
        List<Word> counter = VietnameseWords.number(counterNumber);
        List<String> clips = new ArrayList<>();
        clips.add(OPENING);
        ticket.forEach(word -> clips.add(word.clip()));
        clips.add(TO_COUNTER);
        counter.forEach(word -> clips.add(word.clip()));
        return new Announcement(sentence.of(text(ticket), text(counter)), List.copyOf(clips));
    }

    private static String text(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }
}
