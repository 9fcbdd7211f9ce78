package vn.motcua.kiosk.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptQrTest {

    @Test
    void theCodeAndKeyAreReadFromTheReceiptsLink() {
        assertThat(ReceiptQr.parse("https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k=Ab3_-x9ZQw1tYk2L"))
                .contains(new ReceiptQr("000.00.00.H00-261126-0007", "Ab3_-x9ZQw1tYk2L"));
    }

    @Test
    void anyPublicAddressWorksWithAPortAPathPrefixAndSpacesAroundIt() {
        assertThat(ReceiptQr.parse(" http://10.0.0.5:8080/motcua/d/H12.34-261126-0001?x=1&k=abc \n"))
                .contains(new ReceiptQr("H12.34-261126-0001", "abc"));
    }

    @Test
    void aLinkWithoutItsKeyIsNotAReceipt() {
        assertThat(ReceiptQr.parse("https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007"))
                .isEmpty();
        assertThat(ReceiptQr.parse("https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k="))
                .isEmpty();
    }

    @Test
    void otherLinksAndPlainTextAreNotReceipts() {
        assertThat(ReceiptQr.parse("https://motcua.example.gov.vn/t/abc?k=abc")).isEmpty();
        assertThat(ReceiptQr.parse("https://dichvucong.gov.vn/")).isEmpty();
        assertThat(ReceiptQr.parse("ftp://motcua.example.gov.vn/d/X-1?k=abc")).isEmpty();
        assertThat(ReceiptQr.parse("8934567890123")).isEmpty();
        assertThat(ReceiptQr.parse("https://x/d/../etc?k=a b")).isEmpty();
        assertThat(ReceiptQr.parse("")).isEmpty();
        assertThat(ReceiptQr.parse(null)).isEmpty();
    }
}
