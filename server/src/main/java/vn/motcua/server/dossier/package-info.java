/**
 * Dossiers (hồ sơ) received at the one-stop department: the procedure catalogue they are received for, their
 * codes (TT 01/2018, Điều 19), statuses with the national portal's codes, the receipt and apology slips, and
 * the public status page a citizen opens from the receipt's QR code.
 */
package vn.motcua.server.dossier;
