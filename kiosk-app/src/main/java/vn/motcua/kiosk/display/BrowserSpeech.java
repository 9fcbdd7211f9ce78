package vn.motcua.kiosk.display;

import com.vaadin.flow.component.UI;

/**
 * The browser's own speech synthesis with a Vietnamese voice, or, where the browser has none, the same words from
 * recorded clips (/voice/*.ogg, made by scripts/make-voice-clips.sh) played one after the other. The choice is made
 * for each call, so a voice that appears late (Chromium lists its voices asynchronously) is used as soon as it is
 * there. Browsers refuse to make sound before someone has touched the page, hence {@link #enable()} behind a tap,
 * which also plays a short silence to let the clips' audio element play. The queue lives in the page, so a call
 * that arrives while another is said waits for it instead of cutting it off; only the page knows when a reading
 * ends, so it also decides when to shorten (see {@link Announcer#announce}).
 */
final class BrowserSpeech implements Announcer {

    private static final String INSTALL = """
            if (!window.motcuaSpeech) {
              const queue = [];
              const audio = new Audio();
              let speaking = false;
              const clip = name => 'voice/' + name + '.ogg';
              const vietnamese = () => window.speechSynthesis && speechSynthesis.getVoices()
                  .find(v => v.lang && v.lang.toLowerCase().replace('_', '-').startsWith('vi'));
              const speak = (item, voice, done) => {
                const utterance = new SpeechSynthesisUtterance(item.text);
                utterance.lang = 'vi-VN';
                utterance.rate = 0.85;
                utterance.voice = voice;
                utterance.onend = done;
                utterance.onerror = done;
                speechSynthesis.speak(utterance);
              };
              const play = (item, done, finished) => {
                let played = 0;
                const step = () => {
                  if (finished()) return;
                  if (played === item.clips.length) return done();
                  const current = ++played;
                  // ended, error and a refused play() may all report the same clip: only the first one moves on
                  const advance = () => { if (current === played) step(); };
                  audio.onended = advance;
                  audio.onerror = advance;
                  audio.src = clip(item.clips[current - 1]);
                  audio.play().catch(advance);
                };
                step();
              };
              // A call is said twice when nothing else waits. While other calls wait it is said once, in its
              // brief form, and a second reading queued meanwhile is dropped: four calls made within 5 s are then
              // all heard within about 10 s of their call instead of 25 s later.
              const next = () => {
                while (queue.length > 1 && queue[0].repeat) queue.shift();
                if (speaking || queue.length === 0) return;
                speaking = true;
                const item = queue.shift();
                const busy = queue.length > 0;
                const form = busy ? item.brief : item.full;
                let finished = false;
                const done = () => {
                  if (finished) return;
                  finished = true;
                  speaking = false;
                  if (!item.repeat && queue.length === 0) queue.push({...item, repeat: true});
                  setTimeout(next, queue.length > 0 && !queue[0].repeat ? 300 : 800);
                };
                // some engines never fire onend: do not let one lost event silence the hall
                setTimeout(done, 15000);
                const voice = vietnamese();
                if (voice) speak(form, voice, done); else play(form, done, () => finished);
              };
              // a recall of a number still waiting to be said takes its place, rather than both being said
              const say = (ticket, full, brief) => {
                const item = {ticket, full, brief, repeat: false};
                const waiting = queue.findIndex(other => other.ticket === ticket);
                if (waiting >= 0) queue[waiting] = item; else queue.push(item);
                next();
              };
              window.motcuaSpeech = { say };
              window.motcuaSpeech.unlock = () => {
                if (window.speechSynthesis) speechSynthesis.speak(new SpeechSynthesisUtterance(' '));
                audio.src = clip('im-lang');
                audio.play().catch(() => {});
              };
              if (window.speechSynthesis) speechSynthesis.getVoices();
            }
            window.motcuaSpeech.unlock();
            """;

    private boolean enabled;

    @Override
    public void enable() {
        UI.getCurrent().getPage().executeJs(INSTALL);
        enabled = true;
    }

    @Override
    public void announce(Announcement announcement) {
        if (enabled) {
            // clip names are plain words joined by hyphens, so one string with spaces carries the list
            UI.getCurrent()
                    .getPage()
                    .executeJs(
                            "window.motcuaSpeech.say($0, {text: $1, clips: $2.split(' ')}, {text: $3, clips: $4.split(' ')})",
                            announcement.ticket(),
                            announcement.text(),
                            String.join(" ", announcement.clips()),
                            announcement.briefText(),
                            String.join(" ", announcement.briefClips()));
        }
    }
}
