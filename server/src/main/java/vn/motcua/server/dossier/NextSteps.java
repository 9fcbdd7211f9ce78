package vn.motcua.server.dossier;

import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierStatus;

/** What the applicant should do next, in the words of the public status page. */
final class NextSteps {

    private NextSteps() {
    }

    static String of(DossierStatus status, DossierDelivery delivery) {
        return switch (status) {
            case SUBMITTED -> "Hồ sơ đang chờ Bộ phận Một cửa tiếp nhận.";
            case RECEIVED, PROCESSING -> "Hồ sơ đang được giải quyết. Mời ông/bà nhận kết quả theo ngày hẹn.";
            case SUPPLEMENT_REQUESTED -> "Ông/bà cần bổ sung, hoàn thiện hồ sơ theo phiếu yêu cầu của Bộ phận Một cửa.";
            case FINANCIAL_OBLIGATION -> "Ông/bà cần thực hiện nghĩa vụ tài chính (phí, lệ phí) theo thông báo.";
            case RESOLVED -> delivery == DossierDelivery.POST
                    ? "Đã có kết quả; kết quả sẽ được gửi đến ông/bà qua dịch vụ bưu chính."
                    : "Đã có kết quả. Mời ông/bà mang giấy tiếp nhận đến Bộ phận Một cửa để nhận.";
            case RETURNED -> "Kết quả đã được trả.";
            case WITHDRAWN -> "Hồ sơ đã được rút theo yêu cầu của ông/bà.";
            case STOPPED, REJECTED -> "Hồ sơ không tiếp tục được giải quyết. Mời ông/bà liên hệ Bộ phận Một cửa.";
        };
    }
}
