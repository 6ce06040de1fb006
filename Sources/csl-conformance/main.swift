print("csl-conformance")
