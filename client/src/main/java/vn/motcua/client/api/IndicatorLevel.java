package vn.motcua.client.api;

/** What one row of the indicator table covers. */
public enum IndicatorLevel {
    /** Every office of the request together (a province's centre and its communes). */
    PROVINCE,
    /** The offices sharing one agency code. */
    AGENCY,
    OFFICE,
    /** One procedure area (lĩnh vực) of one office. */
    AREA
}
