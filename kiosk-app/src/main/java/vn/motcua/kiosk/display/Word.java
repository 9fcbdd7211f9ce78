package vn.motcua.kiosk.display;

/** One word of a spoken call: the recorded clip that says it, and how it is written for a voice that reads text. */
record Word(String clip, String text) {}
