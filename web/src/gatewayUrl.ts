/**
 * Where the page finds the gateway, read once at load: the `gateway` query parameter
 * (`…/?gateway=http://api.example.org:4000/#/stats`), else VITE_GATEWAY_URL at build
 * time, else the page's own origin. A gateway on another origin must list the page's
 * origin in CORS_ORIGINS.
 */
export const gatewayUrl: string =
  new URLSearchParams(window.location.search).get('gateway') ??
  (import.meta.env.VITE_GATEWAY_URL as string | undefined) ??
  new URL('/', window.location.href).toString();
