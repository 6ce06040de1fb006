// The Verification module; see DESIGN.md.
