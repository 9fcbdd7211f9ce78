// Keeps the public ticket page current without reloading it: the same texts, from the page's JSON, every 10 s.
(function () {
  var url = location.pathname + '/place' + location.search;
  function refresh() {
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (place) {
        if (!place) return;
        document.getElementById('status').textContent = place.status;
        document.getElementById('ahead').textContent = place.ahead;
        document.getElementById('wait').textContent = place.waitText;
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }
  setInterval(refresh, 10000);
})();
