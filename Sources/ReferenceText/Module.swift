// The ReferenceText module; see DESIGN.md.
