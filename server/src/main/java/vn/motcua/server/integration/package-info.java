/**
 * The integration API of the provincial one-stop information system (Hệ thống thông tin giải quyết TTHC cấp
 * tỉnh): it registers dossiers and changes their status with an {@code Idempotency-Key}, so a retried request
 * is done once, and it is told of every status change by signed webhooks sent from an outbox with retries.
 * The provincial system signs in as a dedicated ADMIN account of the office. Deliveries are at least once.
 */
package vn.motcua.server.integration;
