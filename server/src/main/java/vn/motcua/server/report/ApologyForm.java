package vn.motcua.server.report;

/**
 * Which model form the apology follows. TT 03/2025/TT-VPCP (from 15/9/2025) renamed Mẫu 04 "Văn bản xin lỗi và đề
 * nghị gia hạn thời gian giải quyết"; provinces move to it at their own pace, so each installation chooses.
 */
public enum ApologyForm {
    /** "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (TT 01/2018/TT-VPCP, Mẫu 04). */
    TT01_2018,
    /** "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" (TT 03/2025/TT-VPCP). */
    TT03_2025
}
