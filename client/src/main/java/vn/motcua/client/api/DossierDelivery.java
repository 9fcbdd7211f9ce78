package vn.motcua.client.api;

/** Where the applicant receives the result: at the counter, or by post (dịch vụ bưu chính công ích). */
public enum DossierDelivery {
    COUNTER,
    POST
}
