/**
 * Messages to people, by email, SMS (SMPP) and Zalo (ZNS), through one outbox: each queued in the transaction that
 * gives rise to it, sent afterwards by the channel's adapter and retried with backoff, and kept as its delivery
 * record, so neither a provider that is down nor a crash loses it. Letters by email: the apology slip (Mẫu 04) to
 * applicants who left an address, the monthly report and norm alerts to an office's heads, feedback and its answer.
 * Citizens' messages (a dossier's result ready, papers to supplement, an apology) go only on the channels the
 * citizen chose. A channel sends only where it is configured; until then its messages wait.
 */
package vn.motcua.server.notify;
