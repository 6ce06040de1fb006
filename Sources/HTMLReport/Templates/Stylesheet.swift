/// The report's stylesheet, inlined into every file (no external resource). Colours come only from
/// the ``Palette`` (`--name` properties); the template is rendered as text, not HTML.
enum Stylesheet {
    static let template = #"""
{{% CONTENT_TYPE: TEXT}}
:root {
{{#entries}}
  --{{name}}: {{colour}};
{{/entries}}
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; background: var(--page); color: var(--text);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--page); padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { top: 0.5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
header.top { border-bottom: 1px solid var(--rule); padding: 1rem 2rem 0.75rem; }
header.top p { margin: 0; color: var(--muted); }
header.top h1 { margin: 0.25rem 0 0; font-size: 1.6rem; line-height: 1.25; word-break: break-word; }
nav.toc { padding: 0.5rem 2rem; border-bottom: 1px solid var(--rule); }
nav.toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; padding: 0; }
main { padding: 1rem 2rem 3rem; max-width: 78rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.stats { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0.5rem 0 0; padding: 0; }
.stats div { display: flex; flex-direction: column-reverse; }
.stats dt { color: var(--muted); font-size: 0.875rem; }
.stats dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9375rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid var(--rule); padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: var(--head); }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: var(--muted); }
td.errors-present { color: var(--error-text); font-weight: 700; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; margin: 0.05rem 0.25rem 0.05rem 0; border-radius: 0.75rem;
  border: 1px solid currentColor; font-size: 0.8125rem; font-weight: 600; white-space: nowrap; }
.sev-error { color: var(--error-text); background: var(--error-back); }
.sev-warning, .flag-erratum, .level-4 { color: var(--warning-text); background: var(--warning-back); }
.sev-info { color: var(--info-text); background: var(--info-back); }
.level-1, .level-2 { color: var(--strong-text); background: var(--strong-back); }
.level-3 { color: var(--moderate-text); background: var(--moderate-back); }
.level-5 { color: var(--weak-text); background: var(--weak-back); }
.level-none, .flag-discrepancy { color: var(--none-text); background: var(--none-back); }
.design { color: var(--design-text); background: var(--design-back); }
.flag-retracted { color: var(--alarm-text); background: var(--alarm-back); }
.alerts { border: 2px solid var(--alarm-back); border-radius: 0.5rem; padding: 0.5rem 1rem; margin: 1rem 0; }
.alerts h2 { margin-top: 0.25rem; border: 0; }
.alerts ul { margin: 0; padding-left: 1.25rem; }
tr.retracted > th, tr.retracted > td { border-left: 4px solid var(--alarm-back); }
tr.erratum > th { border-left: 4px solid var(--warning-text); }
.claim { border: 1px solid var(--rule); border-radius: 0.5rem; padding: 0.25rem 1rem 0.5rem; margin: 1rem 0; }
.claim h3 { margin-top: 0.5rem; }
.claim blockquote { margin: 0.25rem 0 0.5rem; padding-left: 0.75rem; border-left: 4px solid var(--rule); font-size: 1.05rem; }
.meta { color: var(--muted); margin: 0.25rem 0; font-size: 0.9375rem; }
.legend { color: var(--muted); font-size: 0.9375rem; }
del { color: var(--error-text); background: var(--error-back); text-decoration: line-through; }
ins { color: var(--strong-text); background: var(--strong-back); text-decoration: underline; }
td.code, .concern { white-space: nowrap; }
th.w-num { width: 3.5rem; }
th.w-badges { width: 14rem; }
th.w-mentions { width: 9rem; }
th.w-notes, th.w-record { width: 9rem; }
th.w-field { width: 6rem; }
th.w-detail { width: 30%; }
th.w-line, th.w-severity { width: 5.5rem; }
th.w-code, th.w-concerns { width: 11rem; }
del + ins { margin-left: 0.2em; }
td.diff { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875rem; }
.diff-line { display: block; }
.diff-line span.side { display: inline-block; min-width: 4.5rem; color: var(--muted); font-family: system-ui, sans-serif; }
table.source { font-size: 0.8125rem; }
table.source th.w-line { width: 4rem; }
table.source th.w-severity { width: 8rem; }
table.source tbody th { text-align: right; color: var(--muted); font-weight: 400; background: var(--head); }
table.source tbody td:nth-child(2) { white-space: pre-wrap; word-break: break-word;
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
table.source tr.marked > th { font-weight: 700; color: var(--text); }
table.source tr.line-error > th { border-left: 4px solid var(--error-text); }
table.source tr.line-warning > th { border-left: 4px solid var(--warning-text); }
table.source tr.line-info > th { border-left: 4px solid var(--info-text); }
:target, tr:target > th, tr:target > td { background: var(--target); color: var(--text); }
footer { padding: 1rem 2rem; color: var(--muted); border-top: 1px solid var(--rule); font-size: 0.875rem; }
@media (max-width: 48rem) { main, header.top, nav.toc, footer { padding-left: 1rem; padding-right: 1rem; } }
@media print {
  .skip, nav.toc { display: none; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  header.top, footer { padding-left: 0; padding-right: 0; }
  a { color: var(--text); }
  table, .claim, .alerts { break-inside: auto; }
  tr, .claim h3, caption { break-inside: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  .badge, del, ins { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  section.source { break-before: page; }
}
"""#
}
