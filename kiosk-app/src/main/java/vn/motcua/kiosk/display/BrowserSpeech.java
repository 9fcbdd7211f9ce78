package vn.motcua.kiosk.display;

import com.vaadin.flow.component.UI;

/**
 * The browser's own speech synthesis with a Vietnamese voice. Browsers refuse to speak before someone has
 * touched the page, hence {@link #enable()} behind a tap. The queue lives in the page, so a call that arrives
 * while another is spoken waits for it instead of cutting it off.
 */
final class BrowserSpeech implements Announcer {

    private static final String INSTALL = """
            if (!window.motcuaSpeech) {
              const queue = [];
              let speaking = false;
              const vietnamese = () => speechSynthesis.getVoices()
                  .find(v => v.lang && v.lang.toLowerCase().replace('_', '-').startsWith('vi'));
              const next = () => {
                if (speaking || queue.length === 0) return;
                speaking = true;
                const utterance = new SpeechSynthesisUtterance(queue.shift());
                utterance.lang = 'vi-VN';
                utterance.rate = 0.85;
                const voice = vietnamese();
                if (voice) utterance.voice = voice;
                let finished = false;
                const done = () => {
                  if (finished) return;
                  finished = true;
                  speaking = false;
                  setTimeout(next, 800);
                };
                utterance.onend = done;
                utterance.onerror = done;
                // some engines never fire onend: do not let one lost event silence the hall
                setTimeout(done, 15000);
                speechSynthesis.speak(utterance);
              };
              window.motcuaSpeech = { say: text => { queue.push(text, text); next(); } };
              speechSynthesis.getVoices();
            }
            speechSynthesis.speak(new SpeechSynthesisUtterance(' '));
            """;

    private boolean enabled;

    @Override
    public void enable() {
        UI.getCurrent().getPage().executeJs(INSTALL);
        enabled = true;
    }

    @Override
    public void announce(String text) {
        if (enabled) {
            UI.getCurrent().getPage().executeJs("window.motcuaSpeech.say($0)", text);
        }
    }
}
