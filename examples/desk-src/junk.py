"""Junk-only pages: what real dumps carry besides articles. None belongs to a story.

Each is (article id, file name, page); the WARC one is served from the archive.
"""

SOCIAL_EMBED = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>The Tideline on Relay</title>
<meta name="robots" content="noindex">
<meta property="og:site_name" content="Relay">
<meta property="og:url" content="https://relay.example/TidelineNews/status/1919827364500112233">
<link rel="canonical" href="https://relay.example/TidelineNews/status/1919827364500112233">
<style>body{margin:0;font-family:system-ui}.rl-card{border:1px solid #cfd9de;border-radius:12px;max-width:550px}</style>
</head>
<body>
<div class="rl-embed" data-theme="light">
  <div class="rl-card">
    <div class="rl-card__head">
      <a class="rl-avatar" href="https://relay.example/TidelineNews"><img src="https://pbs.relay.example/profile/tideline_400x400.png" alt=""></a>
      <div class="rl-names"><a href="https://relay.example/TidelineNews"><span class="rl-name">The Tideline</span> <span class="rl-verified" aria-label="Verified account"></span></a><span class="rl-handle">@TidelineNews</span></div>
      <a class="rl-follow" href="https://relay.example/intent/follow?screen_name=TidelineNews">Follow</a>
      <a class="rl-logo" href="https://relay.example/" aria-label="View on Relay"></a>
    </div>
    <div class="rl-card__body">
      <p class="rl-unavailable">This post is unavailable.</p>
      <p class="rl-unavailable__why">The account owner limits who can view their posts, or the post has been deleted. <a href="https://help.relay.example/unavailable">Learn more</a></p>
    </div>
    <div class="rl-card__foot">
      <span class="rl-time">8:02 AM · May 6, 2025</span>
      <a class="rl-info" href="https://help.relay.example/ads-info">Information and privacy on Relay Ads</a>
      <div class="rl-actions"><a href="#like">♥ 1.4K</a> <a href="#reply">Reply</a> <a href="#copy">Copy link</a></div>
      <a class="rl-more" href="https://relay.example/TidelineNews/status/1919827364500112233">Read 212 replies</a>
    </div>
  </div>
  <div class="rl-login">
    <p>Don’t miss what’s happening. People on Relay are the first to know.</p>
    <a href="https://relay.example/login">Log in</a> <a href="https://relay.example/signup">Sign up</a>
  </div>
  <nav class="rl-legal"><a href="https://relay.example/tos">Terms of Service</a> <a href="https://relay.example/privacy">Privacy Policy</a> <a href="https://help.relay.example/cookies">Cookie Policy</a> <a href="https://help.relay.example/accessibility">Accessibility</a> <a href="https://business.relay.example/ads">Ads info</a> <span>More ···</span> <span>© 2025 Relay Corp.</span></nav>
</div>
<script src="https://platform.relay.example/widgets.js" async></script>
</body>
</html>
"""

COOKIE_WALL = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Before you continue to Kestrel Daily</title>
<meta property="og:site_name" content="Kestrel Daily">
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>.cw{max-width:640px;margin:40px auto}.cw-p{display:flex;justify-content:space-between}</style>
</head>
<body>
<div id="__kd"><div class="cw"><div class="cw-l"><img src="https://cdn.kestreldaily.example/logo.svg" alt="Kestrel Daily"></div>
<div class="cw-h">Before you continue to Kestrel Daily</div>
<div class="cw-t">We and our 312 partners use cookies and similar technologies to store and access information on your device. We use them to remember your settings, to measure audiences, to develop and improve our products and to show you personalised advertising and content based on your browsing.</div>
<div class="cw-t">Some partners process your data on the basis of legitimate interest, which you can object to by choosing Manage options. You can withdraw your consent at any time by clicking Cookie Settings at the bottom of any page.</div>
<div class="cw-list">
<div class="cw-p"><span>Store and/or access information on a device</span><span>On</span></div>
<div class="cw-p"><span>Personalised advertising and content, advertising and content measurement, audience research and services development</span><span>On</span></div>
<div class="cw-p"><span>Use precise geolocation data</span><span>Off</span></div>
<div class="cw-p"><span>Actively scan device characteristics for identification</span><span>Off</span></div>
</div>
<div class="cw-b"><button class="cw-accept">Accept all</button><button class="cw-reject">Reject all</button><button class="cw-manage">Manage options</button></div>
<div class="cw-f"><a href="https://kestreldaily.example/privacy">Privacy Notice</a> · <a href="https://kestreldaily.example/cookies">Cookie Policy</a> · <a href="https://kestreldaily.example/partners">List of partners (vendors)</a></div>
</div></div>
</body>
</html>
"""

ARCHIVE_NOTICE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour regatta draws record crowds | Northgate Courier</title>
<meta property="og:site_name" content="Northgate Courier">
<meta property="og:url" content="https://www.northgatecourier.example/news/2012/aug/13/harbour-regatta-record-crowds">
<meta property="article:published_time" content="2012-08-13T18:02:00+01:00">
<link rel="canonical" href="https://www.northgatecourier.example/news/2012/aug/13/harbour-regatta-record-crowds">
</head>
<body>
<header class="masthead">
  <a href="/" class="brand">Northgate Courier</a>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/money">Money</a> <a href="/whats-on">What's on</a> <a href="/announcements">Announcements</a></nav>
</header>
<div class="archive-banner" role="note">
  <p><strong>This article is more than 12 years old</strong></p>
  <p>This page has been archived and is no longer updated. Archived articles are kept for reference and may contain information that is out of date.</p>
</div>
<main>
  <h1>Harbour regatta draws record crowds</h1>
  <div class="archive-body">
    <p>The full text of this article is no longer available on this site.</p>
    <p>Archived stories from before 2015 can be found in our digital archive, which is free for subscribers. <a href="/archive">Search the archive</a> or <a href="/">return to the homepage</a>.</p>
  </div>
</main>
<footer>
  <p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/cookies">Cookies</a></p>
  <p>&copy; Northgate Courier Ltd 2025</p>
</footer>
</body>
</html>
"""

NOT_FOUND = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Page not found | Valdera Post</title>
<meta name="robots" content="noindex, follow">
<meta property="og:site_name" content="Valdera Post">
<link rel="stylesheet" href="https://www.valderapost.example/static/css/site.css">
</head>
<body class="error-404">
<header class="site-header"><a class="logo" href="https://www.valderapost.example/">Valdera Post</a>
<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<main class="error-page">
  <h1>Page not found</h1>
  <p>Sorry, we couldn’t find the page you were looking for. It may have been moved, deleted or never existed.</p>
  <p>Error code: 404</p>
  <form class="search" action="/search"><label>Search the Valdera Post <input type="search" name="q"></label><button>Search</button></form>
  <p>Or try one of these sections: <a href="/news">News</a>, <a href="/business">Business</a>, <a href="/culture">Culture</a>, <a href="/sport">Sport</a>, <a href="/puzzles">Puzzles</a>.</p>
  <p>If you followed a link from our site, please <a href="/contact">let us know</a> so we can fix it.</p>
</main>
<footer class="site-footer"><p>&copy; 2025 Valdera Post Media. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""

PAYWALL = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Subscribe to continue reading | The Ostrander Times</title>
<meta property="og:site_name" content="The Ostrander Times">
<meta name="robots" content="noindex">
</head>
<body>
  <div class="masthead"><a href="/">The Ostrander Times</a> <span class="tagline">Independent since 1871</span></div>
  <main class="paywall">
    <h1>Subscribe to continue reading</h1>
    <p>You have reached your limit of free articles this month.</p>
    <p>Subscribe today for unlimited access to award-winning journalism, our daily puzzles and the full Ostrander Times archive.</p>
    <ul class="offers">
      <li><strong>Digital</strong> £1 a week for the first 3 months, then £4.99 a week. Cancel anytime.</li>
      <li><strong>Print + Digital</strong> £7.50 a week. Delivered to your door every morning.</li>
    </ul>
    <p><a class="btn" href="/subscribe/digital">Subscribe now</a></p>
    <p>Already a subscriber? <a href="/login">Log in</a></p>
  </main>
  <div class="foot"><p>&copy; 2025 The Ostrander Times. All rights reserved.</p></div>
</body>
</html>
"""

PAYWALL_URI = "https://www.ostrandertimes.example/business/2025/05/16/markets-week-ahead?paywall=1"

# (id, file under examples/desk/pages/, page) for pages; the WARC one has a URI instead.
PAGES = [
    ("tideline-social-embed-8842", "tideline-social-embed-8842.html", SOCIAL_EMBED),
    ("kestrel-cookie-consent", "kestrel-cookie-consent.html", COOKIE_WALL),
    ("northgate-archive-harbour-regatta-2012", "northgate-archive-harbour-regatta-2012.html", ARCHIVE_NOTICE),
    ("valdera-page-not-found", "valdera-page-not-found.html", NOT_FOUND),
]

WARC_PAGES = [
    dict(id=PAYWALL_URI, uri=PAYWALL_URI, file="ostrander-paywall.html", page=PAYWALL,
         date="2025-05-16", reason="subscribe-to-read page"),
]

REASONS = {
    "tideline-social-embed-8842": "social-media embed widget (post unavailable)",
    "kestrel-cookie-consent": "cookie consent wall",
    "northgate-archive-harbour-regatta-2012": "archive banner, article text not available",
    "valdera-page-not-found": "page not found (404)",
    PAYWALL_URI: "subscribe-to-read page (paywall)",
}
