// The Citations module; see DESIGN.md.
