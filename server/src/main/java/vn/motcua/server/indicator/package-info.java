/**
 * The QĐ 766/QĐ-TTg indicators a head is judged on, per office, agency, procedure area and province, per month,
 * quarter and year: computed by their published formulas from the views the dossier and rating modules publish
 * ({@code dossier_outcome_v}, {@code rating_v}), exported as XLSX and CSV; those the system cannot compute are listed
 * with the reason.
 */
package vn.motcua.server.indicator;
