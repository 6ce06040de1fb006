// The Evidence module; see DESIGN.md.
