/// One page's report: alerts, claims with their references, the reference list, the differences
/// between the cited references and their records, the findings, and the page's source by line.
enum PageTemplate {
    static let template = #"""
{{> head}}
<body>
<a class="skip" href="#main">Skip to the report</a>
<header class="top">
<p><a href="{{indexHref}}">All pages</a> <span aria-hidden="true">›</span> Evidence report</p>
<h1>{{path}}</h1>
<dl class="stats">
{{#stats}}
<div><dt>{{label}}</dt><dd>{{value}}</dd></div>
{{/stats}}
</dl>
</header>
<nav class="toc" aria-label="Sections">
<ul>
<li><a href="#claims">Claims</a></li>
<li><a href="#references">References</a></li>
<li><a href="#discrepancies">Cited vs record</a></li>
<li><a href="#findings">Findings</a></li>
{{#hasSource}}
<li><a href="#source">Source</a></li>
{{/hasSource}}
</ul>
</nav>
<main id="main" tabindex="-1">
{{#hasAlerts}}
<section class="alerts" aria-labelledby="alerts-title">
<h2 id="alerts-title">Retractions and corrections</h2>
<ul>
{{#alerts}}
<li>{{> badge}} <a href="#{{referenceAnchor}}">Reference {{referenceNumber}}</a>: {{message}}</li>
{{/alerts}}
</ul>
</section>
{{/hasAlerts}}
<section id="claims" aria-labelledby="claims-title">
<h2 id="claims-title">Claims ({{claimCount}})</h2>
{{#claims}}
<section class="claim" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
<h3 id="{{anchor}}-title">Claim {{claimID}}</h3>
<blockquote>{{text}}</blockquote>
<p class="meta">Marker <code>{{marker}}</code> at {{#claimLineAnchor}}<a href="#{{claimLineAnchor}}">{{/claimLineAnchor}}line {{claimLine}}, column {{claimColumn}}{{#claimLineAnchor}}</a>{{/claimLineAnchor}}{{#subject}}; subject: {{subject}}{{/subject}}</p>
<table>
<caption>References cited by claim {{claimID}}</caption>
<thead>
<tr><th scope="col" class="w-num">Ref.</th><th scope="col">Reference</th><th scope="col" class="w-badges">Design and level</th><th scope="col" class="w-mentions">Mentions the subject</th><th scope="col" class="w-notes">Notes</th></tr>
</thead>
<tbody>
{{#cited}}
<tr{{#rowClass}} class="{{rowClass}}"{{/rowClass}}>
<th scope="row"><a href="#{{referenceAnchor}}">{{referenceNumber}}</a></th>
<td>{{referenceText}}</td>
<td>{{#badges}}{{> badge}}{{/badges}}</td>
<td>{{mentions}}</td>
<td>{{#flags}}{{> badge}}{{/flags}}</td>
</tr>
{{/cited}}
</tbody>
</table>
</section>
{{/claims}}
{{^claims}}
<p>No sentence of this page cites a reference.</p>
{{/claims}}
</section>
<section id="references" aria-labelledby="references-title">
<h2 id="references-title">References ({{referenceCount}})</h2>
<table>
<caption>The page's reference list, each entry's record, study design and evidence level</caption>
<thead>
<tr><th scope="col" class="w-num">No.</th><th scope="col">Reference as cited</th><th scope="col" class="w-record">Record</th><th scope="col" class="w-badges">Design and level</th><th scope="col" class="w-notes">Notes</th></tr>
</thead>
<tbody>
{{#references}}
<tr id="{{referenceAnchor}}"{{#rowClass}} class="{{rowClass}}"{{/rowClass}}>
<th scope="row">{{referenceNumber}}</th>
<td>{{referenceText}}{{#referenceLineAnchor}} <a class="line-link" href="#{{referenceLineAnchor}}">(line {{referenceLine}})</a>{{/referenceLineAnchor}}</td>
<td>{{#recordHref}}<a href="{{recordHref}}">{{recordLabel}}</a>{{/recordHref}}{{^recordHref}}{{recordLabel}}{{/recordHref}}{{#recordScore}}<br><span class="meta">match {{recordScore}}</span>{{/recordScore}}</td>
<td>{{#badges}}{{> badge}}{{/badges}}</td>
<td>{{#flags}}{{> badge}}{{/flags}}{{#hasDiscrepancies}}<a href="#{{discrepancyAnchor}}">cited vs record</a>{{/hasDiscrepancies}}</td>
</tr>
{{/references}}
</tbody>
</table>
</section>
<section id="discrepancies" aria-labelledby="discrepancies-title">
<h2 id="discrepancies-title">Cited vs record ({{discrepancyCount}} fields)</h2>
{{#hasDiscrepancies}}
<p class="legend">Each difference reads from the reference as cited to its record: <del><span class="sr-only">as cited: </span>struck-through text</del> is in the page's reference only, <ins><span class="sr-only">in the record: </span>underlined text</ins> is in the record only.</p>
{{/hasDiscrepancies}}
{{#discrepancyTables}}
<table id="{{discrepancyAnchor}}">
<caption><a href="#{{referenceAnchor}}">Reference {{referenceNumber}}</a>{{#recordLabel}} and record {{recordLabel}}{{/recordLabel}}</caption>
<thead>
<tr><th scope="col" class="w-field">Field</th><th scope="col">Cited → record</th><th scope="col" class="w-detail">What differs</th></tr>
</thead>
<tbody>
{{#rows}}
<tr>
<th scope="row">{{field}}</th>
<td class="diff">{{#segments}}{{#isEqual}}{{text}}{{/isEqual}}{{#isDeleted}}<del><span class="sr-only">[as cited: </span>{{text}}<span class="sr-only">]</span></del>{{/isDeleted}}{{#isInserted}}<ins><span class="sr-only">[in the record: </span>{{text}}<span class="sr-only">]</span></ins>{{/isInserted}}{{/segments}}{{^segments}}<span class="meta">(empty on both sides)</span>{{/segments}}</td>
<td>{{detail}}</td>
</tr>
{{/rows}}
</tbody>
</table>
{{/discrepancyTables}}
{{^discrepancyTables}}
<p>Every matched reference agrees with its record.</p>
{{/discrepancyTables}}
</section>
<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings ({{findingCount}})</h2>
{{#silencedNote}}
<p class="meta">{{silencedNote}}</p>
{{/silencedNote}}
{{#hasFindings}}
<table class="findings">
<caption>Findings in page order, with the line each is on</caption>
<thead>
<tr><th scope="col" class="w-line">Line</th><th scope="col" class="w-severity">Severity</th><th scope="col" class="w-code">Code</th><th scope="col">Message</th><th scope="col" class="w-concerns">Concerns</th></tr>
</thead>
<tbody>
{{#findings}}
<tr id="{{findingAnchor}}" data-code="{{code}}" data-severity="{{severity}}">
<th scope="row">{{#findingLineAnchor}}<a href="#{{findingLineAnchor}}">{{findingPosition}}</a>{{/findingLineAnchor}}{{^findingLineAnchor}}{{findingPosition}}{{/findingLineAnchor}}</th>
<td>{{#severityBadge}}{{> badge}}{{/severityBadge}}</td>
<td class="code"><code>{{code}}</code></td>
<td>{{message}}</td>
<td>{{#concerns}}<span class="concern">{{#concernHref}}<a href="#{{concernHref}}">{{concernLabel}}</a>{{/concernHref}}{{^concernHref}}{{concernLabel}}{{/concernHref}}</span> {{/concerns}}</td>
</tr>
{{/findings}}
</tbody>
</table>
{{/hasFindings}}
{{^hasFindings}}
<p>No findings.</p>
{{/hasFindings}}
</section>
{{#hasSource}}
<section id="source" class="source" aria-labelledby="source-title">
<h2 id="source-title">Source of {{path}}</h2>
<table class="source">
<caption>The page by line; a line with findings links to the first of them</caption>
<thead><tr><th scope="col" class="w-line">Line</th><th scope="col">Text</th><th scope="col" class="w-severity">Findings</th></tr></thead>
<tbody>
{{#sourceLines}}
<tr id="{{sourceAnchor}}"{{#sourceClass}} class="{{sourceClass}}"{{/sourceClass}}><th scope="row">{{sourceNumber}}</th><td>{{sourceText}}</td><td>{{#sourceFindingHref}}<a href="#{{sourceFindingHref}}">{{sourceFindingLabel}}</a>{{/sourceFindingHref}}</td></tr>
{{/sourceLines}}
</tbody>
</table>
</section>
{{/hasSource}}
</main>
{{> footer}}
</body>
</html>

"""#
}
