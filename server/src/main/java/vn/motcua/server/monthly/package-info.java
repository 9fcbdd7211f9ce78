/**
 * The head's monthly report of an office: ratings, waiting and service times per area, the QĐ 766 indicators and the
 * month's late dossiers with their apologies, as PDF and XLSX, from what the other modules publish; made for last
 * month on the 1st by one server instance and mailed to the office's heads through the mail module's outbox.
 */
package vn.motcua.server.monthly;
