/**
 * Tickets from the phone (lấy số từ xa): where the office's admin allows it, a citizen takes a ticket on the office's
 * public page within opening hours after proving the mobile number with a one-time code sent by SMS
 * ({@link PhoneCodeSent}); one ticket per number per office per day, a per-office daily cap and a per-address throttle
 * bound the abuse. The citizen follows the place on the queue's public ticket page and is sent one SMS when the people
 * ahead fall to the office's number ({@link PhoneTurnNear}).
 */
package vn.motcua.server.phone;
