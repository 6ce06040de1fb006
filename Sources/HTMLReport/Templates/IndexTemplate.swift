/// `index.html`: every page of the site with its counts.
enum IndexTemplate {
    static let template = #"""
{{> head}}
<body>
<a class="skip" href="#main">Skip to the list of pages</a>
<header class="top">
<p>{{siteLabel}}</p>
<h1>{{title}}</h1>
<dl class="stats">
<div><dt>pages checked</dt><dd>{{checkedCount}}</dd></div>
<div><dt>references</dt><dd>{{totals.references}}</dd></div>
<div><dt>claims</dt><dd>{{totals.claims}}</dd></div>
<div><dt>errors</dt><dd>{{totals.errors}}</dd></div>
<div><dt>warnings</dt><dd>{{totals.warnings}}</dd></div>
<div><dt>info</dt><dd>{{totals.infos}}</dd></div>
<div><dt>retracted references</dt><dd>{{totals.retracted}}</dd></div>
</dl>
</header>
<main id="main" tabindex="-1">
<table class="pages">
<caption>Pages checked ({{checkedCount}}): references, claims, findings by severity and references by evidence level</caption>
<thead>
<tr>
<th scope="col">Page</th>
{{#columns}}
<th scope="col" class="num">{{#description}}<abbr title="{{description}}">{{/description}}{{label}}{{#description}}</abbr>{{/description}}</th>
{{/columns}}
</tr>
</thead>
<tbody>
{{#pages}}
<tr{{#hasRetracted}} class="retracted"{{/hasRetracted}}>
<th scope="row"><a href="{{href}}">{{path}}</a></th>
{{#cells}}
<td class="{{className}}">{{value}}</td>
{{/cells}}
</tr>
{{/pages}}
{{^pages}}
<tr><td colspan="{{columnCount}}">No page with a numbered reference list was found.</td></tr>
{{/pages}}
</tbody>
{{#hasPages}}
<tfoot>
<tr>
<th scope="row">All pages</th>
{{#totalCells}}
<td class="{{className}}">{{value}}</td>
{{/totalCells}}
</tr>
</tfoot>
{{/hasPages}}
</table>
{{#hasUnchecked}}
<table class="unchecked">
<caption>Pages not checked ({{uncheckedCount}})</caption>
<thead>
<tr><th scope="col">Page</th><th scope="col">Why</th></tr>
</thead>
<tbody>
{{#unchecked}}
<tr><th scope="row">{{path}}</th><td>{{reason}}</td></tr>
{{/unchecked}}
</tbody>
</table>
{{/hasUnchecked}}
</main>
{{> footer}}
</body>
</html>

"""#

}
