// Gathers what the audit needs from one page, in one round trip. Plain DOM reading, no changes.
// Raw facts only: what they mean is decided in Python, from the language packs.
// Argument: {chat: {vendor: {scripts, globals, dom}}, searchNames: [input names],
//            platforms: {selector: [css], global: [names]}, maxLinks, maxText}
(arg) => {
  const clean = (s) => (s || "").replace(/\s+/g, " ").trim();
  // checkVisibility is native and cheap; it needs no forced layout per element.
  const visible = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const linkOf = (a) => ({ text: clean(a.innerText || a.getAttribute("aria-label") || a.title), href: a.href || "" });
  const allLinks = [...document.querySelectorAll("a[href]")].filter(visible);
  const linksIn = (root) => root ? allLinks.filter((a) => root.contains(a)).map(linkOf) : [];

  const headingEl = [...document.querySelectorAll("main h1, [role=main] h1, h1")].find(visible)
    || [...document.querySelectorAll("h2")].find(visible);

  // The footer: <footer>, else role=contentinfo, else the last landmark, else the bottom link block.
  let footer = null, footerSource = null;
  const footers = [...document.querySelectorAll("footer")].filter((f) => !f.closest("article, aside"));
  if (footers.length) { footer = footers[footers.length - 1]; footerSource = "footer"; }
  if (!footer) { footer = document.querySelector("[role=contentinfo]"); if (footer) footerSource = "contentinfo"; }
  if (!footer) {
    const landmarks = [...document.querySelectorAll("body > *:not(script):not(style)")].filter(visible);
    const last = landmarks[landmarks.length - 1];
    if (last && last.querySelectorAll("a[href]").length >= 3 && !last.matches("main, [role=main]")) {
      footer = last; footerSource = "landmark";
    }
  }
  if (!footer) {
    // No semantic footer: the lowest block holding several links.
    const blocks = [...document.querySelectorAll("div, section, ul, nav")]
      .filter((b) => b.querySelectorAll("a[href]").length >= 3 && visible(b));
    blocks.sort((a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom
      || a.querySelectorAll("*").length - b.querySelectorAll("*").length);
    if (blocks.length) { footer = blocks[0]; footerSource = "bottom-links"; }
  }
  const header = document.querySelector("header, [role=banner]");
  const nav = [...document.querySelectorAll("nav, [role=navigation]")].filter((n) => !footer || !footer.contains(n));

  // Main text: <main> if any, else the body without header, footer and nav.
  let text = "";
  const main = document.querySelector("main, [role=main]");
  // (main is also the scope of the structure read below)
  if (main) text = main.innerText;
  else {
    const skip = [header, footer, ...nav].filter(Boolean);
    const parts = [];
    for (const el of document.body ? document.body.children : []) {
      if (!skip.includes(el)) parts.push(el.innerText || "");
    }
    text = parts.join("\n");
  }

  const scripts = [...document.scripts].map((s) => s.src).filter(Boolean);
  const chat = [];
  for (const [vendor, fp] of Object.entries(arg.chat)) {
    const hit = fp.scripts.some((p) => scripts.some((s) => s.includes(p)))
      || fp.globals.some((g) => g in window)
      || fp.dom.some((sel) => { try { return !!document.querySelector(sel); } catch (e) { return false; } });
    if (hit) chat.push(vendor);
  }

  const forms = [...document.forms];
  const searchInputs = ["input[type=search]", ...arg.searchNames.map((n) => `input[name="${CSS.escape(n)}"]`)].join(", ");
  const isSearch = (f) => f.matches("[role=search]") || !!f.querySelector(searchInputs);
  const searchBox = !!document.querySelector("[role=search], input[type=search]") || forms.some(isSearch);
  const contactForm = forms.some((f) => !isSearch(f) && f.querySelector("textarea") && f.querySelector("input[type=email], input[name*=mail i]"));
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent || "");

  // Microdata items that carry a MerchantReturnPolicy (anywhere inside them).
  const mdValue = (el) => el.hasAttribute("itemscope") ? mdItem(el)
    : el.getAttribute("content") || el.getAttribute("href") && el.href || el.getAttribute("src")
      || el.getAttribute("datetime") || clean(el.textContent);
  const mdItem = (root) => {
    const properties = {};
    for (const el of root.querySelectorAll("[itemprop]")) {
      if (el.parentElement.closest("[itemscope]") !== root) continue;
      for (const name of el.getAttribute("itemprop").split(/\s+/).filter(Boolean)) {
        (properties[name] = properties[name] || []).push(mdValue(el));
      }
    }
    return { type: root.getAttribute("itemtype") || "", properties };
  };
  const microdata = [...document.querySelectorAll("[itemscope]:not([itemprop])")].map(mdItem)
    .filter((item) => JSON.stringify(item).includes("MerchantReturnPolicy"));

  // Page structure the audits read: questions (FAQ), headings, lists, a QR code.
  const scope = main || document.body || document.documentElement;
  const questions = [...scope.querySelectorAll("summary, dt, h2, h3, h4, [itemprop=name]")]
    .map((e) => clean(e.textContent)).filter((t) => t.endsWith("?") && t.length < 200).slice(0, 60);
  const headings = [...scope.querySelectorAll("h1, h2, h3")].map((e) => clean(e.textContent))
    .filter(Boolean).slice(0, 80);
  const qr = [...document.querySelectorAll("img, svg, canvas, [role=img]")].some((e) =>
    /\bqr\b|qr[-_ ]?code/i.test([e.getAttribute("alt"), e.getAttribute("aria-label"),
      e.getAttribute("title"), e.id, typeof e.className === "string" ? e.className : "",
      e.querySelector && e.querySelector("title") ? e.querySelector("title").textContent : ""]
      .join(" ")));

  // Platform signatures, raw: asset addresses, the generator, which of the given selectors
  // match and which of the given globals exist (analysis/platforms.py says what they mean).
  const assets = [...scripts, ...[...document.querySelectorAll("link[rel~=stylesheet][href]")]
    .map((l) => l.href)].filter((u, i, all) => all.indexOf(u) === i).slice(0, 60);
  const generator = document.querySelector("meta[name=generator]");
  const markers = arg.platforms.selector.filter((sel) => {
    try { return !!document.querySelector(sel); } catch (e) { return false; }
  });
  const globals = arg.platforms.global.filter((name) => typeof window[name] !== "undefined");

  return {
    url: location.href,
    title: clean(document.title),
    lang: document.documentElement.lang || null,
    heading: headingEl ? clean(headingEl.innerText) : null,
    footerSource,
    footerLinks: linksIn(footer),
    headerLinks: [header, ...nav].filter(Boolean).flatMap(linksIn),
    links: allLinks.slice(0, arg.maxLinks).map(linkOf),
    chat,
    contactForm,
    jsonLd,
    hasSearch: searchBox,
    hasPassword: [...document.querySelectorAll("input[type=password]")].some(visible),
    formFields: forms.filter((f) => !isSearch(f)).flatMap((f) => [...f.elements])
      .filter((e) => /^(input|select|textarea)$/i.test(e.tagName)
        && !/^(hidden|submit|button|reset|image)$/i.test(e.type || "") && visible(e)).length,
    microdata,
    questions,
    headings,
    listItems: scope.querySelectorAll("li").length,
    orderedSteps: [...scope.querySelectorAll("ol")].some((ol) => ol.children.length >= 2),
    qrCode: qr,
    assets,
    generator: generator ? clean(generator.getAttribute("content")) || null : null,
    markers,
    globals,
    footerText: footer ? clean(footer.innerText).slice(0, 1000) : "",
    text: text.split(/\n+/).map(clean).filter(Boolean).join("\n").slice(0, arg.maxText),
  };
}
