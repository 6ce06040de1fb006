// The CiteKit module; see DESIGN.md.
