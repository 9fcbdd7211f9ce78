package vn.motcua.kiosk.display;

/**
 * The office's board, live: all the hall display board asks of the server beyond the API's interfaces, as the app
 * shares one subscription per office among the boards showing it ({@link OfficeBoards}).
 */
@FunctionalInterface
interface DisplayFeed {

    /** The office's board until closed; the listener is called from another thread. */
    AutoCloseable subscribe(BoardListener listener);
}
