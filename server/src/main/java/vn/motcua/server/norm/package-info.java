/**
 * Service norms and their breaches: per service area the longest wait and service, per office the longest queue
 * and the longest a staffed counter may stay idle while people wait. Watches the live queue through the queue
 * module's public API (on its events and every few seconds, since waiting grows without events), records each breach
 * from start to end, pushes it to the office's live topic and, where asked, mails the office's heads.
 */
package vn.motcua.server.norm;
