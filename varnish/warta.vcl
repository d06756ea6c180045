#
# Warta's HTTP cache: Varnish 7.1 with varnish-modules' xkey, in front of the render server, run as a
# CDN would run it (Fastly is built on Varnish). `npm run start:live` fills in the three addresses
# below (__RENDER_HOST__, __RENDER_PORT__) and starts varnishd with two listeners:
#   -a 127.0.0.1:PORT          the public address
#   -a purge=127.0.0.1:PURGE   purges by surrogate key, for the render server's /_publish only
# In production, replace them by hand (or with envsubst) and keep the purge listener off the network.
#
# What the cache does:
# - caches what the render server says it may (Cache-Control s-maxage), by URL alone: one site, so
#   the Host header is set aside, and tracking parameters (utm_*, fbclid, gclid, igsh…) are taken out
#   of the URL before it is looked up or passed on;
# - keeps every object a day past its lifetime (grace and keep): while the content service answers
#   (the render server's /_health/content probe), a stale page is served for at most 60 s while a new
#   one is fetched (stale-while-revalidate); while it does not, a stale page is served until the day is
#   out (stale-if-error), and a page never seen gets the render server's own 503 page;
# - coalesces concurrent misses for the same URL into one request to the render server;
# - strips cookies both ways, gzips text;
# - purges by key (xkey) on its own listener only: PURGE (or SOFTPURGE) with an `xkey-purge: key key…`
#   header.
#
vcl 4.1;

import std;
import xkey;

backend render {
  .host = "__RENDER_HOST__";
  .port = "__RENDER_PORT__";
  .connect_timeout = 2s;
  .first_byte_timeout = 20s;
  .between_bytes_timeout = 10s;
  .probe = {
    .url = "/_health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}

# Not a backend that serves anything: a probe of whether the content service answers, through the
# render server, to decide how stale a page may be served.
backend content_health {
  .host = "__RENDER_HOST__";
  .port = "__RENDER_PORT__";
  .probe = {
    .url = "/_health/content";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}

sub vcl_recv {
  if (local.socket == "purge") {
    # PURGE: gone at once (publishing). SOFTPURGE: expired but kept in grace, so the next request is
    # served the old copy while a new one is fetched (a change nobody waits for, a template's).
    if (req.method == "PURGE" && req.http.xkey-purge) {
      set req.http.x-purged = xkey.purge(req.http.xkey-purge);
      return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method == "SOFTPURGE" && req.http.xkey-purge) {
      set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
      return (synth(200, "Purged " + req.http.x-purged));
    }
    return (synth(405, "PURGE or SOFTPURGE, with xkey-purge"));
  }
  if (req.method == "PURGE" || req.method == "SOFTPURGE") {
    return (synth(405, "Not here"));
  }
  # Paths no page can have, refused before anything is looked up: dot segments, encoded slashes.
  if (req.url ~ "(^|/)(\.|%2[eE]){2}(/|\?|$)" || req.url ~ "%(2[fF]|5[cC]|00)") {
    return (synth(400, "Bad request"));
  }

  set req.backend_hint = render;
  # One site: whatever Host a request names, it is the same page (and never in the page: the render
  # server makes absolute URLs from SITE_URL alone).
  set req.http.host = "warta";
  unset req.http.X-Forwarded-Host;
  unset req.http.X-Forwarded-Proto;
  unset req.http.Forwarded;
  unset req.http.Cookie;

  # Tracking parameters are the same page: out of the cache key and out of rendering.
  if (req.url ~ "[?&](utm_[a-z_]+|fbclid|gclid|igsh|igshid|mc_cid|mc_eid)=") {
    set req.url = regsuball(req.url, "([?&])(utm_[a-z_]+|fbclid|gclid|igsh|igshid|mc_cid|mc_eid)=[^&#]*", "\1");
    set req.url = regsuball(req.url, "([?&])&+", "\1");
    set req.url = regsub(req.url, "[?&]+$", "");
  }

  if (req.url ~ "^/_publish") {
    return (pass);
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # How stale a page may be served while a fresh one is fetched: a minute while the content service
  # answers, the whole grace (a day) while it does not.
  if (std.healthy(content_health)) {
    set req.grace = 60s;
  }
  return (hash);
}

sub vcl_hash {
  hash_data(req.url);
  return (lookup);
}

sub vcl_backend_response {
  unset beresp.http.Set-Cookie;
  set beresp.grace = 24h;
  set beresp.keep = 24h;
  # A failing render while a stale copy is being served in the background: keep the stale copy.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  # Errors are never cached for long: at most the few seconds that shield the render server.
  if (beresp.status >= 500) {
    set beresp.ttl = 1s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|javascript))") {
    set beresp.do_gzip = true;
  }
  return (deliver);
}

sub vcl_deliver {
  # The surrogate keys are for this cache, not for the world.
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  return (deliver);
}

sub vcl_synth {
  set resp.http.Cache-Control = "no-store";
  return (deliver);
}
