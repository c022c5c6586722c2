/**
 * Anki stores fields as HTML. Recall stores Markdown and never renders raw HTML, so an imported field is turned into
 * text: line-breaking tags become line breaks, list items "- " lines, other tags are dropped with their markup only,
 * and entities are decoded. Media (images, sounds, video) cannot come along: they are dropped and listed so the
 * report can say so. Nothing here is ever rendered as HTML: the result is text for the Markdown step.
 */

export interface HtmlText {
  /** Plain text with "\n" line breaks; `<pre>` text keeps its own spacing. */
  text: string;
  /** Media references that were dropped, e.g. "image diagram.png", "sound hello.mp3". */
  media: string[];
}

/** Tags this converter knows; anything else that looks like a tag ("x<y and y>z") is text. */
const KNOWN_TAGS = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote body br caption center cite code col colgroup dd del ' +
    'details dfn div dl dt em embed figcaption figure font footer h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
    'ins kbd label li main mark math nav object ol p picture pre q rp rt ruby s samp section small source span strike ' +
    'strong sub summary sup svg table tbody td tfoot th thead tr tt u ul var video wbr'
  ).split(' '),
);
const BLOCK_TAGS = new Set(
  'address article aside blockquote caption center dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul'.split(
    ' ',
  ),
);
const MEDIA_TAGS: Record<string, string> = { img: 'image', audio: 'audio', video: 'video', source: 'media', embed: 'media', object: 'media', iframe: 'embedded page', svg: 'drawing', picture: 'image' };
/** Elements whose content is never text to keep. */
const DROPPED_WITH_CONTENT = /<(style|script|head|title|template|svg|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)\/?>/g;
const SOUND = /\[sound:([^\]]*)\]/g;
const HTML_HINT = new RegExp(`<\\/?(?:${[...KNOWN_TAGS].join('|')})(?:\\s[^<>]*)?\\/?>|&(?:#\\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);`, 'i');

/** True when a field holds HTML markup or entities, for files that do not say whether they do. */
export function looksLikeHtml(field: string): boolean {
  return HTML_HINT.test(field);
}

/** Drops Anki's `[sound:file]` references, which are media whatever the field's markup. */
export function dropSoundReferences(text: string, media: string[]): string {
  return text.replace(SOUND, (_match, file: string) => {
    media.push(`sound ${decodeEntities(file).trim()}`);
    return '';
  });
}

/** Converts one field of HTML to text (see the module comment). */
export function htmlToText(html: string): HtmlText {
  const media: string[] = [];
  let source = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROPPED_WITH_CONTENT, (match, name: string) => {
    if (MEDIA_TAGS[name.toLowerCase()]) media.push(MEDIA_TAGS[name.toLowerCase()]!);
    return '';
  });
  source = dropSoundReferences(source, media);
  let text = '';
  let preDepth = 0;
  let last = 0;
  const appendText = (raw: string) => {
    if (preDepth > 0) {
      text += decodeEntities(raw);
      return;
    }
    // Outside <pre>, source line breaks and runs of spaces are one space, as a browser shows them, also across a
    // dropped tag ("a <img> b"). Spaces written as &nbsp; are decoded after this, so they stay.
    const collapsed = raw.replace(/[ \t\n]+/g, ' ');
    text += decodeEntities(text.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed);
  };
  for (const match of source.matchAll(TAG)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    if (!KNOWN_TAGS.has(name)) continue;
    appendText(source.slice(last, match.index));
    last = match.index + whole.length;
    if (MEDIA_TAGS[name] && !closing) {
      const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
      const file = src ? decodeEntities(src[1] ?? src[2] ?? src[3] ?? '').trim() : '';
      if (name !== 'source' || file) media.push(file ? `${MEDIA_TAGS[name]} ${file}` : MEDIA_TAGS[name]!);
      continue;
    }
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (name === 'br') text += '\n';
    else if (name === 'li' && !closing) text += '\n- ';
    else if (BLOCK_TAGS.has(name)) text += '\n';
    else if ((name === 'td' || name === 'th') && closing) text += ' ';
  }
  appendText(source.slice(last));
  return { text: text.replace(/\u00a0/g, ' '), media };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', times: '×', divide: '÷', plusmn: '±', minus: '−', le: '≤', ge: '≥', ne: '≠', asymp: '≈',
  deg: '°', micro: 'µ', para: '¶', sect: '§', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥',
  cent: '¢', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', hArr: '⇔', infin: '∞',
  sum: '∑', prod: '∏', radic: '√', part: '∂', nabla: '∇', isin: '∈', notin: '∉', sub: '⊂', sup: '⊃', cap: '∩',
  cup: '∪', forall: '∀', exist: '∃', empty: '∅', and: '∧', or: '∨', not: '¬', prop: '∝', sim: '∼', equiv: '≡',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ', iota: 'ι', kappa: 'κ',
  lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', chi: 'χ',
  psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ',
  Omega: 'Ω', sup2: '²', sup3: '³', frac12: '½', frac14: '¼', frac34: '¾',
};

/** Decodes named (the common ones), decimal and hexadecimal entities; an unknown or invalid one stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (match, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : match;
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body]! : match;
  });
}
