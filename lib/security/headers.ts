/**
 * The Content-Security-Policy of every page. Scripts run only from this origin or with the request's nonce (Next.js
 * puts it on its own inline scripts), and 'strict-dynamic' lets those load the chunks they import; no eval outside
 * development, where React's dev tools need it. Styles allow inline attributes: KaTeX positions formulas with
 * style attributes, which a nonce cannot cover, and a style cannot run code. Nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
