/** Staff accounts, device credentials, tokens and the per-office access rule ({@link vn.motcua.server.security.Access}). */
package vn.motcua.server.security;
