/// One rendering element of a style's layout or macro.
indirect enum Element: Sendable {
    case text(TextElement)
    case number(NumberElement)
    case label(LabelElement)
    case names(NamesElement)
    case date(DateElement)
    case group(GroupElement)
    case choose(ChooseElement)
}
