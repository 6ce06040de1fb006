print("refparse-eval: not yet written")
