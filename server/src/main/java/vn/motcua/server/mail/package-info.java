/**
 * Letters by email. The apology slip (Mẫu 04) goes to applicants who left an address, and the monthly report to the
 * heads of an office who have one: each queued in an outbox in the transaction that issues it, sent by SMTP afterwards
 * and retried with backoff, so neither a mail server that is down nor a crash loses it. Mail leaves only where an SMTP
 * host is configured.
 */
package vn.motcua.server.mail;
