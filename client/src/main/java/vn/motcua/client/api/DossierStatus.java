package vn.motcua.client.api;

/** The statuses a dossier reports to the national public-service portal, with the portal's codes. */
public enum DossierStatus {
    SUBMITTED(1, "Mới đăng ký"),
    RECEIVED(2, "Đã tiếp nhận"),
    REJECTED(3, "Không được tiếp nhận"),
    PROCESSING(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
    FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    RESOLVED(9, "Đã xử lý xong"),
    RETURNED(10, "Đã trả kết quả");

    private final int nationalCode;
    private final String label;

    DossierStatus(int nationalCode, String label) {
        this.nationalCode = nationalCode;
        this.label = label;
    }

    public int nationalCode() {
        return nationalCode;
    }

    public String label() {
        return label;
    }
}
