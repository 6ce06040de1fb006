import Mustache

/// The report's Mustache templates, parsed once, under the names the templates use for partials.
enum TemplateLibrary {
    /// The parsed library (the templates are constants of this module; a parse error is a bug caught by the tests).
    static func load() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register(LayoutTemplates.head, named: "head")
        try library.register(LayoutTemplates.badge, named: "badge")
        try library.register(LayoutTemplates.footer, named: "footer")
        try library.register(IndexTemplate.template, named: "index")
        try library.register(PageTemplate.template, named: "page")
        try library.register(Stylesheet.template, named: "stylesheet")
        return library
    }
}
