// The CSL module; see DESIGN.md.
