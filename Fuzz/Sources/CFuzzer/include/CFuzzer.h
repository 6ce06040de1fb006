#ifndef CITEKIT_CFUZZER_H
#define CITEKIT_CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt's libclang_rt.fuzzer, linked by `-sanitize=fuzzer`): parses the
/// libFuzzer flags in argv and runs `callback` on each input. Declared here because Swift cannot
/// import it otherwise; only referenced when the harness is built with `-DCITEKIT_FUZZING`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
