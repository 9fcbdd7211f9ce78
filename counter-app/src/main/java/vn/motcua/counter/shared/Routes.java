package vn.motcua.counter.shared;

/** Route paths, shared so that a view can send the browser on without depending on the target view's package. */
public final class Routes {

    /** The app's address: the place picker, or sign-in for whoever is not signed in. */
    public static final String START = "";

    public static final String SIGN_IN = "dang-nhap";
    public static final String PLACE = "chon-quay";
    public static final String CONSOLE = "quay";
    public static final String BOARD = "dieu-hanh";
    public static final String REVIEW = "danh-gia";
    public static final String ADMIN = "quan-tri";
    public static final String DEADLINES = "han-ho-so";
    public static final String INDICATORS = "chi-so";
    public static final String FEEDBACK = "phan-anh";
    public static final String APPOINTMENTS = "lich-hen";

    private Routes() {}
}
