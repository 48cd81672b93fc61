"""Page and feed templates of the invented outlets of the example desk.

Each outlet has one template, as a real site does: the article's own text goes in the middle and
the site's furniture (navigation, cookie banner, share bar, related links, comments, footer) goes
around it. Everything here is invented: outlets, domains (all under the reserved `.example`
top-level domain), people, text.
"""

import json
from html import escape


def esc(text):
    """Text-node escaping (quotes stay as typed, as on real pages)."""
    return escape(text, quote=False)


def attr(text):
    return escape(text, quote=True)


def json_ld(obj):
    # Real pages embed JSON-LD unescaped apart from "</"; keep non-ASCII as typed.
    return json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")


def iso(a, tz):
    return f"{a['date']}T{a['time']}:00{tz}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def human_date(date, short=False):
    import datetime
    d = datetime.date.fromisoformat(date)
    day = DAYS[d.weekday()]
    if short:
        return f"{day[:3]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{day} {d.day} {MONTHS[d.month - 1]} {d.year}"


def slug_words(slug):
    return slug.replace("-", " ")


# --------------------------------------------------------------------------- The Tideline
# Semantic markup: the story sits in <article>, with an inline "Read more" aside and an
# advertisement slot inside the body, and a busy page around it.

TIDELINE_NAV = ["News", "World", "Business", "Technology", "Sport", "Opinion", "Culture",
                "Travel", "Weather", "Puzzles"]
TIDELINE_MOST_VIEWED = [
    "Seven-hour queues at the coast as bank holiday traffic builds",
    "The sourdough boom is over. What comes next for the high street bakery?",
    "Gardener finds Roman coin hoard under her potato patch",
    "Rail fares to rise again in September, operators confirm",
    "Quiz of the week: how closely have you been following the news?",
]


def tideline_page(a):
    url = f"https://www.tidelinenews.example/{a['section'].lower()}/{a['date'][:4]}/may/{a['date'][8:]}/{a['slug']}"
    published = iso(a, "+01:00")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["standfirst"],
        "datePublished": published,
        "dateModified": published,
        "articleSection": a["section"],
        "author": {"@type": "Person", "name": a["author"],
                   "url": "https://www.tidelinenews.example/profile/" + a["author"].lower().replace(" ", "-")},
        "publisher": {"@type": "Organization", "name": "The Tideline",
                      "logo": {"@type": "ImageObject", "url": "https://static.tidelinenews.example/img/logo-600.png"}},
        "mainEntityOfPage": url,
        "image": [f"https://i.tidelinenews.example/img/2025/05/{a['slug']}-1200.jpg"],
        "isAccessibleForFree": True,
    }
    body = []
    for i, p in enumerate(a["body"]):
        body.append(f"      <p>{esc(p)}</p>")
        if i == 1 and a.get("readmore"):
            body.append('      <aside class="rel-inline" data-component="rich-link">\n'
                        '        <span class="rel-inline__kicker">Read more</span>\n'
                        f'        <a href="/world/2025/may/{a["readmore"][1]}" data-link-name="in body link">{esc(a["readmore"][0])}</a>\n'
                        '      </aside>')
        if i == 3:
            body.append('      <div class="ad-slot ad-slot--inline" data-name="inline1" aria-hidden="true">\n'
                        '        <p class="ad-slot__label">Advertisement</p>\n'
                        '      </div>')
    comments = []
    for user, text, when in a.get("comments", []):
        comments.append(
            '      <li class="d-comment">\n'
            f'        <div class="d-comment__meta"><a class="d-comment__author" href="/user/{attr(user.lower())}">{esc(user)}</a>'
            f' <time class="d-comment__timestamp">{esc(when)}</time></div>\n'
            f'        <div class="d-comment__body"><p>{esc(text)}</p></div>\n'
            '        <div class="d-comment__actions"><button>Reply</button> <button>Recommend</button> <a href="#report">Report</a></div>\n'
            '      </li>')
    related = "\n".join(f'      <li><a href="/world/2025/may/related-{i}">{esc(t)}</a></li>'
                        for i, t in enumerate(a.get("related", [])))
    most = "\n".join(f'      <li><span class="num">{i + 1}</span><a href="/uk/2025/may/mv-{i}">{esc(t)}</a></li>'
                     for i, t in enumerate(TIDELINE_MOST_VIEWED))
    nav = "\n".join(f'      <li><a href="/{n.lower()}">{n}</a></li>' for n in TIDELINE_NAV)
    tags = " ".join(f'<a href="/tag/{attr(t.lower().replace(" ", "-"))}">{esc(t)}</a>' for t in a.get("tags", []))
    ncomments = len(a.get("comments", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | {esc(a['section'])} | The Tideline</title>
<meta name="description" content="{attr(a['standfirst'])}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="The Tideline">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(a['standfirst'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://i.tidelinenews.example/img/2025/05/{a['slug']}-1200.jpg">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{published}">
<meta property="article:section" content="{attr(a['section'])}">
<meta property="article:author" content="https://www.tidelinenews.example/profile/{a['author'].lower().replace(' ', '-')}">
<meta name="author" content="{attr(a['author'])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@TidelineNews">
<link rel="stylesheet" href="https://static.tidelinenews.example/css/main.4f1c07.css">
<link rel="alternate" type="application/rss+xml" title="The Tideline: {esc(a['section'])}" href="https://www.tidelinenews.example/{a['section'].lower()}/rss">
<script type="application/ld+json">
{json_ld(ld)}
</script>
<script>window.tl=window.tl||{{}};tl.page={{contentType:"Article",section:"{a['section'].lower()}",commentable:{str(ncomments > 0).lower()}}};</script>
<script async src="https://static.tidelinenews.example/js/commercial.91be2d.js"></script>
</head>
<body class="content content--article">
<div id="cmp" class="cmp-banner" role="dialog" aria-label="Cookie consent">
  <div class="cmp-banner__inner">
    <h2>Your privacy on The Tideline</h2>
    <p>We and our partners use cookies and similar technologies to give you the best experience, to measure how our site is used and to show you personalised advertising. You can accept all cookies or choose which ones to allow. You can change your mind at any time under Privacy settings at the bottom of each page.</p>
    <button class="cmp-btn cmp-btn--primary">Yes, I'm happy</button>
    <button class="cmp-btn">Manage my cookies</button>
  </div>
</div>
<a class="skip" href="#maincontent">Skip to main content</a>
<header class="site-header">
  <div class="site-header__top">
    <a class="support" href="/support">Support independent journalism &rarr;</a>
    <a href="/signin">Sign in</a> <a href="/search">Search</a>
  </div>
  <a class="logo" href="/"><span class="u-h">The Tideline - Back to home</span><svg viewBox="0 0 300 60" aria-hidden="true"><path d="M0 0h300v60H0z"/></svg></a>
  <nav class="pillars" aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main id="maincontent">
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/news">News</a> &rsaquo; <a href="/{a['section'].lower()}">{esc(a['section'])}</a></nav>
  <article class="story" id="story">
    <header class="story__header">
      <h1 class="story__headline">{esc(a['title'])}</h1>
      <div class="story__standfirst"><p>{esc(a['standfirst'])}</p></div>
      <figure class="story__media">
        <img src="https://i.tidelinenews.example/img/2025/05/{a['slug']}-900.jpg" alt="" width="900" height="540">
        <figcaption><span class="caption">{esc(a['caption'])}</span> <span class="credit">Photograph: {esc(a['credit'])}</span></figcaption>
      </figure>
      <div class="story__meta">
        <address class="byline">By <a rel="author" href="/profile/{a['author'].lower().replace(' ', '-')}">{esc(a['author'])}</a>{', ' + esc(a['role']) if a.get('role') else ''}</address>
        <time class="story__dateline" datetime="{published}">{human_date(a['date'], short=True)} {a['time'].replace(':', '.')} BST</time>
        <div class="share" data-component="share">
          <span class="u-h">Share</span>
          <a class="share__link" href="https://facebook.example/sharer?u={url}">Share on Facebook</a>
          <a class="share__link" href="https://x.example/intent?url={url}">Share on X</a>
          <a class="share__link" href="mailto:?subject={attr(a['title'])}">Share via Email</a>
          <button class="share__copy">Copy link</button>
        </div>
        <a class="comment-count" href="#comments">{ncomments} comments</a>
      </div>
    </header>
    <div class="story__body" itemprop="articleBody">
{chr(10).join(body)}
    </div>
    <footer class="story__footer">
      <div class="submeta"><span class="submeta__label">Topics</span> {tags}</div>
      <div class="share share--bottom"><a href="https://facebook.example/sharer?u={url}">Facebook</a> <a href="https://x.example/intent?url={url}">X</a> <a href="mailto:?subject={attr(a['title'])}">Email</a> <a href="https://linkedin.example/share?url={url}">LinkedIn</a> <a href="https://wa.example/send?text={url}">WhatsApp</a></div>
      <p class="corrections">Spotted an error? <a href="/info/corrections">Tell our readers' editor</a>.</p>
    </footer>
  </article>
  <aside class="newsletter" data-component="newsletter-signup">
    <h3>Sign up to First Light</h3>
    <p>Free daily newsletter. The morning's stories from the coast and beyond, in your inbox before the first ferry.</p>
    <form action="/email/subscribe" method="post"><label>Email address <input type="email" name="email"></label> <button type="submit">Sign up</button></form>
    <p class="newsletter__legal">Privacy notice: newsletters may contain information about charities, online ads and content funded by outside parties.</p>
  </aside>
  <section class="onward" aria-labelledby="related-h">
    <h2 id="related-h">More on this story</h2>
    <ul>
{related}
    </ul>
  </section>
  <section class="most-viewed">
    <h2>Most viewed</h2>
    <ol>
{most}
    </ol>
  </section>
  <section class="discussion" id="comments">
    <h2>Comments ({ncomments})</h2>
    <p class="discussion__rules">Comments on this piece are premoderated to ensure discussion stays on the topics raised by the article. Please be aware that there may be a short delay in comments appearing on the site.</p>
    <ol class="d-thread">
{chr(10).join(comments)}
    </ol>
    <button class="discussion__more">View more comments</button>
  </section>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
    <li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li>
    <li><a href="/info/complaints">Complaints &amp; corrections</a></li><li><a href="/help/privacy-policy">Privacy policy</a></li>
    <li><a href="/info/cookie-policy">Cookie policy</a></li><li><a href="/help/terms">Terms &amp; conditions</a></li>
    <li><a href="#cmp">Privacy settings</a></li><li><a href="/advertise">Advertise with us</a></li>
  </ul>
  <p class="copyright">&copy; 2025 Tideline Media Ltd or its affiliated companies. All rights reserved. Registered in England and Wales, No. 0408817.</p>
</footer>
<script src="https://static.tidelinenews.example/js/app.77ad1e.js" defer></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Kestrel Daily
# No <article>, no <p>: generated class names on nested <div>s, as single-page-app sites ship.

KESTREL_MOST_READ = [
    "Why your energy bill might go down in July, and why it might not",
    "Pensioner, 91, completes her hundredth parkrun",
    "Twelve of the best beaches you can reach by train",
    "The quiet return of the landline",
    "Wordle-style puzzle craze sweeps the nation's staff rooms",
]


def kestrel_page(a):
    url = f"https://kestreldaily.example/{a['section'].lower()}/{a['slug']}-{a['num']}"
    published = iso(a, "+01:00")
    charset = a.get("charset", "utf-8")
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": a["title"]},
            {"@type": "NewsArticle", "headline": a["title"], "datePublished": published,
             "dateModified": published, "mainEntityOfPage": {"@id": url},
             "author": [{"@type": "Person", "name": a["author"]}],
             "publisher": {"@type": "NewsMediaOrganization", "name": "Kestrel Daily", "url": "https://kestreldaily.example/"},
             "articleSection": [a["section"]], "inLanguage": "en-GB"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://kestreldaily.example/"},
                {"@type": "ListItem", "position": 2, "name": a["section"], "item": f"https://kestreldaily.example/{a['section'].lower()}"}]},
        ],
    }
    blocks = []
    for i, p in enumerate(a["body"]):
        if i % 3 == 2:
            blocks.append(f'<div class="q7x"><div class="q7x-i"><span class="tx_1">{esc(p)}</span></div></div>')
        else:
            blocks.append(f'<div class="q7x"><div class="tx_1">{esc(p)}</div></div>')
        if i == 1:
            blocks.append('<div class="ad_w9" data-slot="mpu-1"><div class="ad_w9-l">ADVERTISEMENT</div><div class="ad_w9-s" style="min-height:250px"></div></div>')
        if i == 2 and a.get("readmore"):
            blocks.append(f'<div class="rmq_3"><b>READ MORE:</b> <a href="https://kestreldaily.example/news/{a["readmore"][1]}">{esc(a["readmore"][0])}</a></div>')
        if i == 4:
            blocks.append('<div class="nl_k2"><div class="nl_k2-t">Get the Kestrel Daily morning briefing</div><div class="nl_k2-f"><input type="email" placeholder="Your email"><button>Sign up</button></div><div class="nl_k2-s">We will use your email address only to send you newsletters.</div></div>')
    most = "".join(f'<div class="mr_4"><span class="mr_4-n">{i + 1}</span><a href="https://kestreldaily.example/news/mr-{i}">{esc(t)}</a></div>'
                   for i, t in enumerate(KESTREL_MOST_READ))
    comments = "".join(
        f'<div class="cm_8"><div class="cm_8-u">{esc(u)}</div><div class="cm_8-w">{esc(w)}</div><div class="cm_8-t">{esc(t)}</div><div class="cm_8-a">Reply &middot; Like</div></div>'
        for u, t, w in a.get("comments", []))
    head_charset = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                    if charset != "utf-8" else '<meta charset="utf-8">')
    caption = (f'<div class="im_2"><div class="im_2-p"><img src="https://img.kestreldaily.example/{a["slug"]}.jpg" alt=""></div>'
               f'<div class="im_2-c">{esc(a["caption"])} (Image: {esc(a["credit"])})</div></div>') if a.get("caption") else ""
    page = f"""<!doctype html>
<html lang="en">
<head>
{head_charset}
<title>{esc(a['title'])} - Kestrel Daily</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{attr(a['standfirst'])}">
<meta property="og:site_name" content="Kestrel Daily">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{attr(a['section'])}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld(ld)}</script>
<style>.a1{{display:flex}}.q7x{{margin:0 0 1.1em}}.ad_w9{{text-align:center;font-size:11px}}.cns{{position:fixed;bottom:0}}</style>
</head>
<body>
<div id="__kd"><div class="a1 a1--col"><div class="hb_0"><div class="hb_0-l"><a href="https://kestreldaily.example/">Kestrel Daily</a></div><div class="hb_0-n"><a href="/news">News</a><a href="/world">World</a><a href="/money">Money</a><a href="/tech">Tech</a><a href="/sport">Sport</a><a href="/tv">TV</a><a href="/lifestyle">Lifestyle</a><a href="/travel">Travel</a></div><div class="hb_0-r"><a href="/login">Log in</a> <a class="hb_0-sub" href="/subscribe">Subscribe from &pound;1</a></div></div>
<div class="cns" id="consent"><div class="cns-t">We care about your privacy</div><div class="cns-b">Kestrel Daily uses cookies and shares data with advertising partners to keep our journalism free. Click Accept to agree or Options to choose.</div><div class="cns-a"><button>Accept</button><button>Options</button><button>Reject</button></div></div>
<div class="wr_5"><div class="wr_5-i"><div class="cl_m">
<div class="kk_1"><a class="kk_1-s" href="/{a['section'].lower()}">{esc(a['section'].upper())}</a></div>
<div class="hd_3"><h1 class="hd_3-t">{esc(a['title'])}</h1><div class="hd_3-s">{esc(a['standfirst'])}</div></div>
<div class="mt_6"><div class="mt_6-a">By <span>{esc(a['author'])}</span></div><div class="mt_6-d">{a['date'][8:].lstrip('0')} May 2025, {a['time']}</div><div class="mt_6-r">{a.get('minutes', 4)} min read</div></div>
<div class="sh_7"><a href="https://facebook.example/sharer?u={url}">Facebook</a><a href="https://x.example/intent?url={url}">X</a><a href="https://wa.example/send?text={url}">WhatsApp</a><a href="mailto:?body={url}">Email</a><span class="sh_7-c">{len(a.get('comments', []))} comments</span></div>
{caption}
<div class="bd_x"><div class="bd_x-i">
{chr(10).join(blocks)}
</div></div>
<div class="tg_2"><span>Topics:</span>{''.join(f'<a href="/topic/{attr(t.lower().replace(" ", "-"))}">{esc(t)}</a>' for t in a.get('tags', []))}</div>
<div class="cm_0"><div class="cm_0-h">Join the conversation</div><div class="cm_0-n">Comments are subject to our community guidelines.</div>{comments}<div class="cm_0-m">Show more comments</div></div>
</div>
<div class="sd_9"><div class="sd_9-h">Most read</div>{most}</div>
</div></div>
<div class="ft_1"><div class="ft_1-l"><a href="/about">About Kestrel Daily</a><a href="/contact">Contact</a><a href="/privacy">Privacy Notice</a><a href="/cookies">Cookie Settings</a><a href="/terms">Terms of Use</a><a href="/ipso">How to complain</a></div><div class="ft_1-c">&copy; Kestrel Media Group 2025. Kestrel Daily is a trading name of Kestrel Media Group Ltd.</div></div>
</div></div>
<script src="https://cdn.kestreldaily.example/bundle.3e90.js"></script>
</body>
</html>
"""
    return page, charset


# --------------------------------------------------------------------------- The Ostrander Times
# Served from its web archive (the WARC): <main> and a div with the body, no <article>.

def ostrander_page(a):
    url = a["uri"]
    published = iso(a, "Z")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": published, "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": "The Ostrander Times"}, "url": url}
    paras = "\n".join(f"        <p>{esc(p)}</p>" for p in a["body"])
    related = "\n".join(f'          <li><a href="/news/related-{i}">{esc(t)}</a></li>' for i, t in enumerate(a.get("related", [])))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Ostrander Times</title>
<meta property="og:site_name" content="The Ostrander Times">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<meta name="byl" content="By {attr(a['author'])}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json_ld(ld)}</script>
</head>
<body>
  <div class="masthead"><a href="/">The Ostrander Times</a> <span class="tagline">Independent since 1871</span>
    <ul class="menu"><li><a href="/news">News</a></li><li><a href="/europe">Europe</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/letters">Letters</a></li></ul>
    <a class="btn-subscribe" href="/subscribe">Subscribe</a>
  </div>
  <div class="gdpr-notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
  <main>
    <div class="layout">
      <div class="headline-block">
        <span class="section-label">{esc(a['section'])}</span>
        <h1>{esc(a['title'])}</h1>
        <p class="dek">{esc(a['standfirst'])}</p>
        <p class="meta">By {esc(a['author'])} &middot; <time datetime="{published}">{human_date(a['date'])}</time> &middot; <a href="#comments">Comment</a></p>
        <p class="tools"><a href="/print">Print</a> | <a href="/share/email">Email</a> | <a href="/share/x">Post</a> | <a href="/gift">Gift this article</a></p>
      </div>
      <div class="article-text">
{paras}
      </div>
      <div class="sidebar">
        <h3>Related</h3>
        <ul>
{related}
        </ul>
        <div class="promo">Read the Ostrander Times anywhere. <a href="/apps">Download our app</a></div>
      </div>
    </div>
  </main>
  <div class="foot">
    <p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/syndication">Syndication</a> &middot; <a href="/archive">Archive</a></p>
    <p>&copy; 2025 The Ostrander Times. All rights reserved.</p>
  </div>
</body>
</html>
"""


# --------------------------------------------------------------------------- feeds

def rfc822(date, time, tz="+0200"):
    import datetime
    d = datetime.date.fromisoformat(date)
    return f"{DAYS[d.weekday()][:3]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} {time}:00 {tz}"


def rss_feed(channel, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>',
           f'  <title>{esc(channel["title"])}</title>',
           f'  <link>{channel["link"]}</link>',
           f'  <atom:link href="{channel["self"]}" rel="self" type="application/rss+xml"/>',
           f'  <description>{esc(channel["description"])}</description>',
           '  <language>en-gb</language>',
           f'  <lastBuildDate>{channel["built"]}</lastBuildDate>',
           '  <generator>Pressroom CMS 4.2</generator>',
           '  <ttl>15</ttl>',
           '  <image>',
           f'    <url>{channel["link"]}static/feed-logo.png</url>',
           f'    <title>{esc(channel["title"])}</title>',
           f'    <link>{channel["link"]}</link>',
           '  </image>']
    for it in items:
        perma = "true" if it["guid"].startswith("http") else "false"
        out.append('  <item>')
        out.append(f'    <title>{esc(it["title"])}</title>')
        out.append(f'    <link>{it["link"]}</link>')
        out.append(f'    <guid isPermaLink="{perma}">{esc(it["guid"])}</guid>')
        out.append(f'    <pubDate>{rfc822(it["date"], it["time"])}</pubDate>')
        out.append(f'    <dc:creator>{esc(it["author"])}</dc:creator>')
        out.append(f'    <category>{esc(it["section"])}</category>')
        out.append(f'    <description>{esc(it["description"])}</description>')
        if it.get("content"):
            html = "".join(f"<p>{esc(p)}</p>" for p in it["content"])
            html += '<p><a href="https://www.valderapost.example/newsletters">Get the Valdera Post briefing in your inbox every morning.</a></p>'
            out.append(f'    <content:encoded><![CDATA[{html}]]></content:encoded>')
        out.append('  </item>')
    out += ['</channel>', '</rss>', '']
    return "\n".join(out)


def atom_feed(feed, entries):
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'  <id>{feed["id"]}</id>',
           f'  <title>{esc(feed["title"])}</title>',
           f'  <subtitle>{esc(feed["subtitle"])}</subtitle>',
           f'  <updated>{feed["updated"]}</updated>',
           f'  <link rel="self" type="application/atom+xml" href="{feed["self"]}"/>',
           f'  <link rel="alternate" type="text/html" href="{feed["link"]}"/>',
           '  <author><name>Brightwater Bulletin newsroom</name></author>',
           '  <rights>© 2025 Brightwater Bulletin</rights>',
           '  <generator uri="https://brightwaterbulletin.example/about/feeds">bwb-feeds</generator>']
    for e in entries:
        stamp = f"{e['date']}T{e['time']}:00+01:00"
        out.append('  <entry>')
        out.append(f'    <id>{esc(e["id"])}</id>')
        out.append(f'    <title type="text">{esc(e["title"])}</title>')
        out.append(f'    <link rel="alternate" type="text/html" href="{e["link"]}"/>')
        out.append(f'    <published>{stamp}</published>')
        out.append(f'    <updated>{stamp}</updated>')
        out.append(f'    <author><name>{esc(e["author"])}</name></author>')
        out.append(f'    <category term="{attr(e["section"].lower())}" label="{attr(e["section"])}"/>')
        out.append(f'    <summary type="text">{esc(e["summary"])}</summary>')
        if e.get("content"):
            html = "".join(f"<p>{esc(p)}</p>" for p in e["content"])
            if e.get("footer"):
                html += f'<p><em>{esc(e["footer"])}</em></p>'
            out.append(f'    <content type="html">{esc(html)}</content>')
        out.append('  </entry>')
    out += ['</feed>', '']
    return "\n".join(out)
