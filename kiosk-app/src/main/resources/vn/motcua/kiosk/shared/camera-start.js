// Run by CameraScanner with `this` = its element; $0 = ms between frames, $1 = largest side of a frame in px,
// $2 = ms after which the browser stops on its own should the server's word to stop never arrive.
const root = this, every = $0, side = $1;
const video = root.querySelector('video');
const run = {};
const stop = () => {
  clearTimeout(run.next);
  clearTimeout(run.deadline);
  clearInterval(run.watch);
  if (run.stream) {
    run.stream.getTracks().forEach(track => track.stop());
    run.stream = null;
  }
  video.srcObject = null;
  if (root.__camera === run) {
    root.__camera = null;
  }
};
if (root.__camera) {
  root.__camera.stop();
}
run.stop = stop;
root.__camera = run;
// the server can no longer say stop once the element has left the page (kiosk gone home, screen closed)
run.watch = setInterval(() => { if (!root.isConnected) stop(); }, 500);
run.deadline = setTimeout(stop, $2);
const current = () => root.__camera === run && root.isConnected;

if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
  // no camera at all, or a page not served over HTTPS (getUserMedia needs a secure origin)
  stop();
  root.$server.failed('NotFoundError');
  return;
}
const canvas = document.createElement('canvas');
const grab = () => {
  if (!current()) {
    stop();
    return;
  }
  if (video.videoWidth === 0) {
    run.next = setTimeout(grab, every);
    return;
  }
  const scale = Math.min(1, side / Math.max(video.videoWidth, video.videoHeight));
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  root.$server.frame(canvas.toDataURL('image/jpeg', 0.85)).then(more => {
    if (more && current()) {
      run.next = setTimeout(grab, every);
    } else {
      stop();
    }
  }, stop);
};
navigator.mediaDevices.getUserMedia({
  audio: false,
  video: {facingMode: {ideal: 'environment'}, width: {ideal: 1280}, height: {ideal: 720}}
}).then(stream => {
  run.stream = stream;
  if (!current()) {
    stop();
    return;
  }
  video.srcObject = stream;
  return video.play().then(grab);
}).catch(error => {
  if (current()) {
    stop();
    root.$server.failed(error && error.name ? error.name : 'Error');
  }
});
