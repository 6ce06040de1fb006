print("evidence-eval: not yet written")
