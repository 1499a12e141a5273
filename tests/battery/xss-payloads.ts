/**
 * XSS payloads for tests/battery/xss.battery.test.ts. Each is a function of two detector calls
 * for one placement id: `d` (`__xss(ID)`, a binding the test exposes) and `a` (`alert(ID)`,
 * caught as a dialog), so whatever runs says which payload in which field ran. None uses a
 * space-free trick that needs a network: every one would fire in a plain browser if the text
 * reached the DOM as markup or an attribute as a URL.
 */
export type Payload = (d: string, a: string) => string

export const payloads: Array<{ name: string; make: Payload }> = [
  { name: 'script tag', make: (d) => `<script>${d}</script>` },
  { name: 'script src data', make: (d) => `<SCRIPT SRC=data:text/javascript,${d}></SCRIPT>` },
  { name: 'img onerror', make: (d) => `<img src=x onerror=${d}>` },
  { name: 'attr breakout img', make: (d) => `"><img src=x onerror=${d}>` },
  { name: 'single-quote breakout alert', make: (_d, a) => `'><img src=x onerror=${a}>` },
  { name: 'svg onload', make: (d) => `<svg onload=${d}>` },
  { name: 'svg script', make: (d) => `<svg><script>${d}</script></svg>` },
  { name: 'math mglyph style', make: (d) => `<math><mtext><table><mglyph><style><img src=x onerror=${d}>` },
  { name: 'iframe javascript', make: (d) => `<iframe src="javascript:${d}"></iframe>` },
  { name: 'iframe srcdoc', make: (d) => `<iframe srcdoc="<script>parent.${d}</script>"></iframe>` },
  { name: 'object data', make: (d) => `<object data="javascript:${d}"></object>` },
  { name: 'embed src', make: (d) => `<embed src="javascript:${d}">` },
  { name: 'body onload', make: (d) => `<body onload=${d}>` },
  { name: 'details ontoggle', make: (d) => `<details open ontoggle=${d}>` },
  { name: 'input autofocus', make: (d) => `<input autofocus onfocus=${d}>` },
  { name: 'video source onerror', make: (d) => `<video><source onerror=${d}></video>` },
  { name: 'audio onerror', make: (d) => `<audio src=x onerror=${d}>` },
  { name: 'marquee onstart', make: (d) => `<marquee onstart=${d}>` },
  { name: 'style import', make: (d) => `<style>@import 'javascript:${d}';</style>` },
  { name: 'style url', make: (d) => `<div style="background:url(javascript:${d})">` },
  { name: 'css expression', make: (d) => `<div style="width:expression(${d})">` },
  { name: 'title breakout', make: (d) => `</title><script>${d}</script>` },
  { name: 'textarea breakout', make: (d) => `</textarea><script>${d}</script>` },
  { name: 'json-ld breakout', make: (d) => `</script><script>${d}</script>` },
  { name: 'json-ld breakout img', make: (d) => `</script><img src=x onerror=${d}>` },
  { name: 'json string breakout', make: (d) => `"}]}</script><script>${d}</script>` },
  { name: 'comment breakout', make: (d) => `--><script>${d}</script>` },
  { name: 'cdata', make: (d) => `<![CDATA[<script>${d}</script>]]>` },
  { name: 'template injection', make: (d) => `{{constructor.constructor('${d}')()}}` },
  { name: 'template literal', make: (d) => `\${${d}}` },
  { name: 'bare javascript url', make: (d) => `javascript:${d}` },
  { name: 'entity escaped', make: (d) => `&lt;script&gt;${d}&lt;/script&gt;` },
  { name: 'numeric entities', make: (d) => `&#60;script&#62;${d}&#60;/script&#62;` },
  { name: 'percent encoded', make: (d) => `%3Cscript%3E${d}%3C%2Fscript%3E` },
  { name: 'js unicode escapes', make: (d) => `\\u003cscript\\u003e${d}\\u003c/script\\u003e` },
  { name: 'js hex escapes', make: (d) => `\\x3cscript\\x3e${d}\\x3c/script\\x3e` },
  { name: 'fullwidth brackets', make: (d) => `＜script＞${d}＜/script＞` },
  { name: 'nested tag', make: (d) => `<scr<script>ipt>${d}</scr</script>ipt>` },
  { name: 'anchor javascript', make: (d) => `<a href="javascript:${d}">click</a>` },
  { name: 'anchor mixed case', make: (d) => `<a href="JaVaScRiPt:${d}">x</a>` },
  { name: 'anchor entity scheme', make: (d) => `<a href="&#106;avascript:${d}">x</a>` },
  { name: 'form action', make: (d) => `<form action="javascript:${d}"><button>x</button></form>` },
  { name: 'base href', make: (d) => `<base href="javascript:${d}//">` },
  { name: 'meta refresh', make: (d) => `<meta http-equiv="refresh" content="0;url=javascript:${d}">` },
  { name: 'link data html', make: (d) => `<link rel=import href="data:text/html,<script>${d}</script>">` },
  { name: 'entity-encoded handler', make: (d) => `<img src=x onerror="${d.replace(/_/g, '&#x5f;')}">` },
  { name: 'slash separators', make: (d) => `<img/src=x/onerror=${d}>` },
  { name: 'mixed-case handler', make: (d) => `<img src=x oNeRrOr=${d}>` },
  { name: 'svg animate', make: (d) => `<svg><animate onbegin=${d} attributeName=x dur=1s>` },
  { name: 'svg xlink', make: (d) => `<svg><a xlink:href="javascript:${d}"><text x=20 y=20>x</text></a></svg>` },
  { name: 'rtl override', make: (d) => `\u202E<script>${d}</script>\u202C` },
  { name: 'rtl reversed tag', make: (d) => `\u202E>tpircs/<${d}>tpircs<` },
  { name: 'zero-width in tag', make: (d) => `<scr\u200Bipt>${d}</scr\u200Bipt>` },
  { name: 'zero-width in handler', make: (d) => `<img src=x on\u200Berror=${d}>` },
  { name: 'noscript breakout', make: (d) => `<noscript><p title="</noscript><img src=x onerror=${d}>">` },
  { name: 'template tag', make: (d) => `<template><script>${d}</script></template>` },
  { name: 'attribute breakout', make: (d) => `" onmouseover="${d}" autofocus onfocus="${d}"` },
  { name: 'single-quote attribute', make: (d) => `' onfocus='${d}' autofocus='` },
  { name: 'xmp', make: (d) => `<xmp><img src=x onerror=${d}></xmp>` },
  { name: 'data url text', make: (d) => `data:text/html,<script>${d}</script>` },
  { name: 'vbscript', make: (_d, a) => `vbscript:msgbox(${a})` },
  { name: 'js string breakout', make: (d) => `\\";${d};//` },
  { name: 'style breakout', make: (d) => `</style><script>${d}</script>` },
  { name: 'xml svg', make: (d) => `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="${d}"/>` },
  { name: 'line separators', make: (d) => `\u2028\u2029</script><script>${d}</script>` },
  { name: 'button formaction', make: (d) => `<button formaction=javascript:${d}>x</button>` },
]

/**
 * Unsafe link targets for Lexical link nodes. The editor refuses URLs with spaces (a 400: it is
 * "refused at input"); the rest are stored and must never be rendered as links.
 */
export const unsafeUrls: Array<{ name: string; make: (d: string) => string }> = [
  { name: 'javascript:', make: (d) => `javascript:${d}` },
  { name: 'JaVaScRiPt:', make: (d) => `JaVaScRiPt:${d}` },
  { name: 'leading spaces', make: (d) => `  javascript:${d}` },
  { name: 'leading tab and newline', make: (d) => `\t\njavascript:${d}` },
  { name: 'tab inside scheme', make: (d) => `java\tscript:${d}` },
  { name: 'leading control char', make: (d) => `\u0001javascript:${d}` },
  { name: 'entity colon', make: (d) => `javascript&colon;${d}` },
  { name: 'data:text/html', make: (d) => `data:text/html,<script>${d}</script>` },
  { name: 'data base64', make: () => 'data:text/html;base64,PHNjcmlwdD5fX3hzcygwKTwvc2NyaXB0Pg==' },
  { name: 'vbscript:', make: () => 'vbscript:msgbox(1)' },
  { name: 'protocol-relative', make: (d) => `//evil.example/${d}` },
]

/** Links that are allowed and must render as links, with payloads in the URL (escaped). */
export const safeUrls: Array<{ name: string; make: (d: string) => string }> = [
  { name: 'https with breakout', make: (d) => `https://example.org/"><svg/onload=${d}>` },
  { name: 'mailto with script', make: (d) => `mailto:x@example.org?body=<script>${d}</script>` },
]
