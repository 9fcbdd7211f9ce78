/**
 * Feedback and complaints (phản ánh, kiến nghị, PAKN) about an office's service: filed by a citizen on the public
 * page, at a kiosk or by a clerk at the counter; routed to the office's heads, who answer it within a number of
 * working days; the citizen follows it with a random reference and is written to when an answer is given; answers
 * the citizen agreed to publish and the head chose to are listed on the office's public page.
 */
package vn.motcua.server.feedback;
