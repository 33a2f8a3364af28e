/** The panel's stylesheet, scoped by its `wcd-` class names; loaded with the panel only. */
export const PANEL_CSS = `
.wcd-panel{position:fixed;right:12px;bottom:12px;z-index:2147483000;width:min(720px,calc(100vw - 24px));height:min(440px,calc(100vh - 24px));min-width:320px;min-height:200px;max-width:calc(100vw - 8px);max-height:calc(100vh - 8px);resize:both;overflow:hidden;display:flex;flex-direction:column;background:#111827;color:#e5e7eb;border:1px solid #374151;border-radius:8px;box-shadow:0 12px 32px rgba(0,0,0,.35);font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC","Noto Sans CJK SC",monospace;text-align:left}
.wcd-panel *{box-sizing:border-box}
.wcd-head{display:flex;flex-wrap:wrap;align-items:center;gap:6px;padding:6px 8px;border-bottom:1px solid #374151;background:#1f2937}
.wcd-title{font-weight:700;margin-right:4px}
.wcd-badge{padding:1px 6px;border-radius:999px;background:#374151;color:#d1d5db}
.wcd-badge[data-role=leader]{background:#065f46;color:#d1fae5}
.wcd-badge[data-role=follower]{background:#1e3a8a;color:#dbeafe}
.wcd-spacer{flex:1}
.wcd-panel button,.wcd-panel select,.wcd-panel input{font:inherit;color:inherit;background:#111827;border:1px solid #4b5563;border-radius:4px;padding:2px 8px}
.wcd-panel button:hover{background:#374151}
.wcd-panel button:focus-visible,.wcd-panel input:focus-visible,.wcd-panel select:focus-visible{outline:2px solid #60a5fa;outline-offset:1px}
.wcd-tabs{display:flex;gap:2px}
.wcd-tabs button[aria-selected=true]{background:#2563eb;border-color:#2563eb;color:#fff}
.wcd-tools{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:6px 8px;border-bottom:1px solid #374151}
.wcd-body{flex:1;overflow:auto;padding:0}
.wcd-list{list-style:none;margin:0;padding:0}
.wcd-row{border-bottom:1px solid #1f2937;padding:3px 8px}
.wcd-row summary{cursor:pointer;display:grid;grid-template-columns:92px 72px minmax(170px,auto) 1fr;gap:6px;align-items:baseline}
.wcd-time{color:#9ca3af}
.wcd-dir[data-dir=in]{color:#34d399}
.wcd-dir[data-dir=out]{color:#fbbf24}
.wcd-msg{display:block}
.wcd-msg + .wcd-msg{margin-top:2px}
.wcd-name{color:#93c5fd}
.wcd-zh{color:#f9fafb}
.wcd-en{color:#9ca3af}
.wcd-code{color:#f472b6;margin-left:4px}
.wcd-sip{color:#c4b5fd;font-weight:700}
.wcd-stats{gap:4px 12px;color:#d1d5db}
.wcd-json{margin:4px 0 4px 170px;white-space:pre-wrap;word-break:break-all;color:#d1d5db}
.wcd-diff{margin:2px 0 2px 100px;padding:0;list-style:none}
.wcd-diff li{white-space:pre-wrap;word-break:break-all}
.wcd-before{color:#fca5a5}
.wcd-after{color:#86efac}
.wcd-empty{padding:12px;color:#9ca3af}
.wcd-grid{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;padding:10px 12px;margin:0}
.wcd-grid dt{color:#9ca3af}
.wcd-grid dd{margin:0}
`;
